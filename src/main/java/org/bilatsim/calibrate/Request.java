package org.bilatsim.calibrate;

import java.nio.file.Path;
import java.util.List;

/**
 * What to calibrate: the files and choices of {@code bilatsim calibrate}.
 *
 * @param flows        BACI or Comtrade CSV files (told apart by their header)
 * @param countries    BACI's country-code file (needed for BACI's numeric codes), or null
 * @param tariffs      WITS/TRAINS or project tariff CSVs
 * @param elasticities Kee–Nicita–Olarreaga or Fontagné–Guimbard–Orefice CSVs
 * @param importer     ISO3 of the first direction's importer (AZE in AZE ← PAK)
 * @param exporter     ISO3 of the partner (PAK)
 * @param year         the base year, or 0 for the latest year in the flows
 * @param hs           the HS codes to include, or empty
 * @param top          with no codes and not {@code all}: the N largest products of each direction
 * @param all          every product the partner ships, in each direction
 * @param digits       the HS level: 2, 4 or 6
 * @param importersPerProduct importer agents of each product (ASSUMPTION, not in trade data)
 * @param exportersPerProduct exporter agents of the partner in each product (ASSUMPTION)
 * @param tradeCost    CIF/FOB ratio used to turn FOB values into CIF (ASSUMPTION)
 * @param targetUsd    the two-way trade target, US$ per year
 */
public record Request(
        List<Path> flows,
        Path countries,
        List<Path> tariffs,
        List<Path> elasticities,
        String importer,
        String exporter,
        int year,
        List<String> hs,
        int top,
        boolean all,
        int digits,
        int importersPerProduct,
        int exportersPerProduct,
        double tradeCost,
        double targetUsd) {
    public Request {
        flows = List.copyOf(flows);
        tariffs = List.copyOf(tariffs);
        elasticities = List.copyOf(elasticities);
        hs = List.copyOf(hs);
    }
}
