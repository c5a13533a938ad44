package org.bilatsim.calibrate;

import static org.bilatsim.calibrate.Calibration.number;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.SourceLocation;

/**
 * Writes a {@link Calibration} as a scenario in the config schema, with a header recording every
 * input file (name, SHA-256, date, licence), the conventions and fallbacks used, and a comment on
 * every value naming its file, line and licence.
 */
public final class ScenarioWriter {
    /** Importer agents' behaviour: the baseline's values (configs/pak-aze/baseline.yaml), not in trade data. */
    private static final String IMPORTER_BEHAVIOUR =
            "adjustmentPerMonth: 0.2, importerShockSd: 0.1, marketShockSd: 0.04, " + "marketShockPersistence: 0.8";

    private ScenarioWriter() {}

    /** Calibrates and returns the scenario text. */
    public static String yaml(Request request) {
        return text(Calibration.run(request));
    }

    /**
     * Calibrates and writes the scenario to {@code output}: to a temporary file beside it, then renamed,
     * so that a reader never sees half a file; an existing file is never replaced.
     *
     * @return the number of products written
     */
    public static int write(Request request, Path output) {
        SourceLocation where = new SourceLocation(output.toString(), 0, 0);
        if (Files.exists(output)) {
            throw new ConfigException(where, "", "exists; choose another file (calibrate never overwrites)");
        }
        Calibration calibration = Calibration.run(request);
        String text = text(calibration);
        Path dir = output.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            // Named by this process, created new: the file gets the user's usual permissions (umask).
            Path candidate = dir.resolve(
                    "." + output.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            Files.writeString(candidate, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            temporary = candidate;
            try {
                // Hard link: atomic and fails if the name was taken meanwhile (a rename would replace it).
                Files.createLink(output, temporary);
            } catch (UnsupportedOperationException | IOException noLinks) {
                if (noLinks instanceof FileAlreadyExistsException) {
                    throw noLinks;
                }
                try {
                    Files.move(temporary, output, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, output);
                }
            }
            return calibration.markets.size();
        } catch (FileAlreadyExistsException e) {
            throw new ConfigException(where, "", "exists; choose another file (calibrate never overwrites)");
        } catch (IOException e) {
            throw new ConfigException(where, "", "cannot be written: " + e.getMessage());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a leftover hidden temporary file is harmless and named after the output
                }
            }
        }
    }

    static String text(Calibration c) {
        Request r = c.request;
        StringBuilder out = new StringBuilder(4096 + 1500 * c.markets.size());
        out.append(ConfigLoader.GENERATED_MARKER).append('\n');
        out.append("# Written by `bilatsim calibrate` from the data files below; regenerate rather than edit:\n");
        out.append("#   bilatsim calibrate ").append(command(r)).append('\n');
        out.append("#\n# Base year ")
                .append(c.year)
                .append(", ")
                .append(c.revision)
                .append(" codes at HS")
                .append(r.digits())
                .append(" level. Markets: ")
                .append(count(c, r.importer()))
                .append(" of ")
                .append(r.importer())
                .append(" <- ")
                .append(r.exporter())
                .append(", ")
                .append(count(c, r.exporter()))
                .append(" of ")
                .append(r.exporter())
                .append(" <- ")
                .append(r.importer())
                .append(".\n#\n");
        out.append("# Data files. Their licences travel with them: this scenario holds figures derived from them,\n");
        out.append("# cited by file:line; redistribute it under the terms of each source.\n");
        for (DataFile f : c.files) {
            out.append("#   ")
                    .append(f.name())
                    .append(": ")
                    .append(f.source())
                    .append("; ")
                    .append(f.bytes())
                    .append(" bytes, modified ")
                    .append(f.modified())
                    .append(", sha256 ")
                    .append(f.sha256())
                    .append('\n');
            out.append("#     licence ")
                    .append(f.licence())
                    .append(": ")
                    .append(f.notice())
                    .append('\n');
        }
        out.append(
                "#\n# Conventions. Values are annual CIF customs values in US$ of the base year: BACI's values are\n");
        out.append(
                "# FOB (thousand US$ x 1000) times tradeCost, Comtrade imports are the importer's CIF report and a\n");
        out.append("# line it did not report is the exporter's FOB report (its mirror) times tradeCost. ROW is the\n");
        out.append("# importer's imports from all other origins. Unit values are US$ per tonne of the lines with a\n");
        out.append(
                "# known weight. ESTIMATE = derived by a documented fallback (a missing unit value, elasticity or\n");
        out.append("# duty takes the HS4, then HS2 heading's); ASSUMPTION = not in the data. Agent counts, importer\n");
        out.append("# behaviour and the trade cost are not in trade data: all are ASSUMPTIONs to vary in a sweep.\n");
        out.append("# Standard errors of the elasticities are quoted where given, for an uncertainty analysis.\n");
        List<String> notes = new ArrayList<>(c.notes);
        if (r.tariffs().isEmpty()) {
            notes.add("no --tariffs given: no duty lines, so every duty is 0 (ASSUMPTION)");
        }
        notes.add(
                "countries' VAT is not in trade data: vatRate is left at 0 (ASSUMPTION; it changes levels, not shares)");
        out.append("#\n# Notes:\n");
        for (String note : notes) {
            out.append("#   - ").append(note).append('\n');
        }
        String name = "calibrated-" + r.importer().toLowerCase(Locale.ROOT) + "-"
                + r.exporter().toLowerCase(Locale.ROOT) + "-hs" + r.digits() + "-" + c.year;
        out.append("scenario:\n  name: ").append(name).append('\n');
        out.append("  description: >-\n    ")
                .append(c.countryName(r.importer()))
                .append(" and ")
                .append(c.countryName(r.exporter()))
                .append(", both directions, products at HS")
                .append(r.digits())
                .append(", calibrated to ")
                .append(c.year)
                .append(" trade data by bilatsim calibrate.\n");
        out.append("time:\n  start: ")
                .append(c.year)
                .append("-01   # the base year of the data\n  end: ")
                .append(c.year + 11)
                .append("-12     # 144 months\n");
        out.append("seed: 1\n");
        out.append("countries:\n");
        for (String iso3 : List.of(r.importer(), r.exporter())) {
            out.append("  - {iso3: ")
                    .append(iso3)
                    .append(", name: ")
                    .append(quoted(c.countryName(iso3)))
                    .append("}\n");
        }
        out.append("  - {iso3: ROW, name: Rest of the world}\n");
        out.append("products:\n");
        for (Calibration.Market m : c.markets) {
            out.append("  ")
                    .append(m.key())
                    .append(":   # HS ")
                    .append(m.code())
                    .append(", ")
                    .append(m.importer())
                    .append(" <- ")
                    .append(m.partner())
                    .append('\n');
            for (String note : m.notes()) {
                out.append("    # NOTE: ").append(note).append('\n');
            }
            out.append("    name: ").append(quoted(m.name())).append('\n');
            out.append("    unit: ").append(m.unit()).append('\n');
            out.append("    importer: ").append(m.importer()).append('\n');
            value(out, "    ", "substitutionElasticity", m.sigma());
            value(out, "    ", "importDemandElasticity", m.importDemand());
            out.append("    importers: {count: ")
                    .append(r.importersPerProduct())
                    .append(", ")
                    .append(IMPORTER_BEHAVIOUR)
                    .append("}   # ASSUMPTION: not in trade data (the baseline's behaviour)\n");
            out.append("    sources:\n");
            source(
                    out,
                    m.partner(),
                    m.partnerValue(),
                    m.partnerPrice(),
                    r.exportersPerProduct(),
                    r.tradeCost(),
                    "ASSUMPTION: the number of exporting firms is not in trade data");
            if (m.rowValue() != null) {
                source(
                        out,
                        "ROW",
                        m.rowValue(),
                        m.rowPrice(),
                        1,
                        r.tradeCost(),
                        "the rest of the world as one aggregate, price-taking supplier");
            }
        }
        List<Calibration.Duty> lines =
                c.duties.stream().filter(d -> d.from() == null).toList();
        List<Calibration.Duty> events =
                c.duties.stream().filter(d -> d.from() != null).toList();
        if (!lines.isEmpty() || !c.dutyNotes.isEmpty()) {
            out.append("tariffs:");
            out.append(lines.isEmpty() ? " []\n" : "\n");
            for (String note : c.dutyNotes) {
                out.append("  # NOTE: ").append(note).append('\n');
            }
            for (Calibration.Duty d : lines) {
                out.append("  - {importer: ")
                        .append(d.importer())
                        .append(", product: ")
                        .append(d.market())
                        .append(", partner: ")
                        .append(d.partner());
                for (Map.Entry<String, Double> layer : d.layers().entrySet()) {
                    out.append(", ").append(layer.getKey()).append(": ").append(number(layer.getValue()));
                }
                if (d.until() != null) {
                    out.append(", until: ").append(d.until());
                }
                out.append("}   # ").append(d.comment()).append('\n');
            }
        }
        if (!events.isEmpty()) {
            out.append("events:\n");
            for (Calibration.Duty d : events) {
                Map.Entry<String, Double> layer =
                        d.layers().entrySet().iterator().next();
                out.append("  - {type: duty, date: ")
                        .append(d.from())
                        .append(", importer: ")
                        .append(d.importer())
                        .append(", product: ")
                        .append(d.market())
                        .append(", partner: ")
                        .append(d.partner())
                        .append(", layer: ")
                        .append(layer.getKey())
                        .append(", rate: ")
                        .append(number(layer.getValue()));
                if (d.until() != null) {
                    out.append(", until: ").append(d.until());
                }
                out.append("}   # ").append(d.comment()).append('\n');
            }
        }
        out.append("target:\n  valueUsd: ")
                .append(number(r.targetUsd()))
                .append("   # --target-usd: a policy goal, not data (default: the PAK-AZE US$2bn target)\n");
        out.append("  between: [")
                .append(r.importer())
                .append(", ")
                .append(r.exporter())
                .append("]\n");
        return out.toString();
    }

    private static long count(Calibration c, String importer) {
        return c.markets.stream().filter(m -> m.importer().equals(importer)).count();
    }

    private static void source(
            StringBuilder out,
            String origin,
            Calibration.Cited value,
            Calibration.Cited price,
            int exporters,
            double tradeCost,
            String exportersComment) {
        out.append("      ").append(origin).append(":\n");
        value(out, "        ", "baseValueUsd", value);
        value(out, "        ", "basePriceUsd", price);
        out.append("        tradeCost: ")
                .append(number(tradeCost))
                .append("   # ASSUMPTION: CIF/FOB ratio (--trade-cost)\n");
        out.append("        exporters: {count: ")
                .append(exporters)
                .append("}   # ")
                .append(exportersComment)
                .append('\n');
    }

    private static void value(StringBuilder out, String indent, String key, Calibration.Cited cited) {
        out.append(indent)
                .append(key)
                .append(": ")
                .append(number(cited.value()))
                .append("   # ")
                .append(cited.comment().replace('\n', ' '))
                .append('\n');
    }

    /** A YAML double-quoted string (names come from data files). */
    static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** The command that regenerates the file, with file names only (the header must not depend on paths). */
    static String command(Request r) {
        List<String> parts = new ArrayList<>();
        parts.add("--flows "
                + String.join(
                        " ",
                        r.flows().stream().map(p -> p.getFileName().toString()).toList()));
        if (r.countries() != null) {
            parts.add("--countries " + r.countries().getFileName());
        }
        parts.add("--importer " + r.importer() + " --exporter " + r.exporter());
        if (r.year() > 0) {
            parts.add("--year " + r.year());
        }
        parts.add(!r.hs().isEmpty() ? "--hs " + String.join(",", r.hs()) : r.all() ? "--all" : "--top " + r.top());
        parts.add("--level hs" + r.digits());
        for (Path p : r.tariffs()) {
            parts.add("--tariffs " + p.getFileName());
        }
        for (Path p : r.elasticities()) {
            parts.add("--elasticities " + p.getFileName());
        }
        parts.add("-o FILE");
        return String.join(" ", parts);
    }
}
