package org.bilatsim.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The readers on the sample files: the formats' quirks are read as their publishers mean them. */
class ReadersTest {
    private final CountryCodes codes = CountryCodes.read(Samples.DIR.resolve(Samples.COUNTRIES));

    private static TradeFlow find(List<TradeFlow> flows, String product, String exporter, String importer) {
        return flows.stream()
                .filter(f -> f.product().equals(product)
                        && f.exporter().equals(exporter)
                        && f.importer().equals(importer))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void baciKeepsLeadingZerosThousandsAndUnknownQuantities() {
        List<TradeFlow> flows = BaciReader.read(Samples.DIR.resolve(Samples.BACI), codes, Set.of("AZE", "PAK"));
        TradeFlow oranges = find(flows, "080510", "PAK", "AZE");
        assertEquals(75_000, oranges.valueUsd(), 1e-9, "thousand US$ x 1000");
        assertEquals(110, oranges.tonnes());
        assertEquals(2, oranges.line());
        assertEquals("HS17", oranges.hsRevision());
        assertFalse(oranges.cif(), "BACI values are FOB");
        assertTrue(Double.isNaN(find(flows, "630260", "PAK", "AZE").tonnes()), "NA is unknown, not zero");
        assertTrue(Double.isNaN(find(flows, "570110", "PAK", "AZE").tonnes()), "an empty field is unknown");
        assertTrue(Double.isNaN(find(flows, "300490", "S19", "AZE").tonnes()), "space-padded NA");
        assertTrue(flows.stream().noneMatch(f -> f.importer().equals("TUR")), "only the pair's imports are kept");
        assertEquals(22, flows.size());
    }

    @Test
    void comtradeSkipsAggregatesConfidentialRowsReExportsAndBreakdowns() {
        ComtradeReader.Result result = ComtradeReader.read(Samples.DIR.resolve(Samples.COMTRADE), Set.of("AZE", "PAK"));
        List<TradeFlow> flows = result.flows();
        assertEquals(8, flows.size());
        TradeFlow rice = find(flows, "100630", "PAK", "AZE");
        assertTrue(rice.cif());
        assertEquals(1_950_300.5, rice.valueUsd());
        assertEquals(2150, rice.tonnes(), 1e-9, "netWgt in kg");
        assertEquals(TradeFlow.Reporter.IMPORTER, rice.reporter());
        TradeFlow mirror = find(flows, "300490", "PAK", "AZE");
        assertEquals(TradeFlow.Reporter.EXPORTER, mirror.reporter());
        assertEquals(600_000, mirror.valueUsd(), "fobvalue of the exporter's report");
        assertTrue(
                Double.isNaN(find(flows, "630260", "PAK", "AZE").tonnes()), "a weight of 0 against a value is unknown");
        assertEquals("WLD", find(flows, "100630", "WLD", "AZE").exporter());
        Map<String, double[]> skipped = result.skipped();
        assertEquals(
                Set.of(
                        "breakdowns by second partner, transport mode or customs procedure",
                        "cmdCode 999999 (commodities not specified: confidential trade)",
                        "cmdCode TOTAL (all products, an aggregate)",
                        "flow RX (re-imports, re-exports, domestic exports, foreign imports)"),
                skipped.keySet());
        assertEquals(85_000, skipped.get("cmdCode 999999 (commodities not specified: confidential trade)")[0]);
    }

    @Test
    void trainsRatesArePercentTurnedIntoFractionsWithNumericCodesResolved() {
        List<TariffRate> rates = TariffReader.read(Samples.DIR.resolve(Samples.TRAINS), codes);
        assertEquals(12, rates.size(), "the bound rate is skipped");
        TariffRate prf =
                rates.stream().filter(r -> r.regime().equals("PRF")).findFirst().orElseThrow();
        assertEquals("AZE", prf.importer());
        assertEquals("PAK", prf.partner());
        assertEquals(0.0, prf.rate());
        TariffRate rice = rates.stream()
                .filter(r -> r.product().equals("100630")
                        && r.year() == 2023
                        && r.regime().equals("MFN"))
                .findFirst()
                .orElseThrow();
        assertEquals(0.15, rice.rate(), 1e-12);
        assertEquals("MFN", rice.partner());
        assertTrue(rates.stream().anyMatch(r -> r.product().equals("0805")), "HS4 lines keep their leading zero");
    }

    @Test
    void theProjectTariffCsvKeepsLayersAndMonths() {
        List<TariffRate> rates = TariffReader.read(Samples.DIR.resolve(Samples.OWN_TARIFFS), codes);
        assertEquals(3, rates.size());
        assertEquals(java.time.YearMonth.of(2027, 12), rates.get(0).until());
        assertEquals("regulatory", rates.get(1).layer());
        assertEquals(java.time.YearMonth.of(2024, 12), rates.get(2).from());
    }

    @Test
    void elasticityFilesAreToldApartByTheirHeader() {
        List<Elasticity> kno = ElasticityReader.read(Samples.DIR.resolve(Samples.KNO));
        assertTrue(kno.stream().allMatch(e -> e.kind() == Elasticity.Kind.IMPORT_DEMAND));
        assertEquals("080520", kno.get(3).hs6(), "a code saved as a number gets its leading zero back");
        assertTrue(Double.isNaN(kno.get(2).standardError()), "an empty se is unknown");
        List<Elasticity> fgo = ElasticityReader.read(Samples.DIR.resolve(Samples.FGO));
        assertTrue(fgo.stream().allMatch(e -> e.kind() == Elasticity.Kind.TRADE && e.iso3() == null));
        assertEquals(-6.1, fgo.get(0).value());
        assertEquals(1.2, fgo.get(0).standardError());
    }
}
