package org.bilatsim.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.bilatsim.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each reader rejects bad input with file:line:column, the column, the value and what is allowed. */
class ReaderErrorsTest {
    @TempDir
    Path dir;

    private CountryCodes codes() {
        return CountryCodes.read(Samples.DIR.resolve(Samples.COUNTRIES));
    }

    private String baciError(String... lines) throws IOException {
        Path file = Samples.write(dir, "BACI_HS17_Y2023_V202501.csv", lines);
        return assertThrows(ConfigException.class, () -> BaciReader.read(file, codes(), Set.of("AZE", "PAK")))
                .getMessage();
    }

    @Test
    void aBaciFileMustKeepItsPublishedName() throws IOException {
        Path file = Samples.write(dir, "baci2023.csv", "t,k,i,j,v,q", "2023,100630,586,31,1.0,1.0");
        String message = assertThrows(ConfigException.class, () -> BaciReader.read(file, codes(), Set.of("AZE")))
                .getMessage();
        assertTrue(message.contains("baci2023.csv") && message.contains("BACI_HSyy_Yyyyy_Vyyyymm.csv"), message);
    }

    @Test
    void aBaciLineOfAnotherYearIsNamedWithItsLineAndColumn() throws IOException {
        String message = baciError("t,k,i,j,v,q", "2023,100630,586,31,1.0,1.0", "2022,100630,699,31,1.0,1.0");
        assertEquals(
                dir.resolve("BACI_HS17_Y2023_V202501.csv") + ":3:1: t = '2022': the year 2023 of the file name "
                        + "BACI_HS17_Y2023_V202501.csv",
                message);
    }

    @Test
    void aBaciProductCodeMustHaveSixDigitsOrFive() throws IOException {
        String message = baciError("t,k,i,j,v,q", "2023,1006,586,31,1.0,1.0");
        assertTrue(
                message.endsWith(":2:2: k = '1006': an HS6 code of 6 digits (5 when BACI dropped a leading zero)"),
                message);
    }

    @Test
    void aBaciCountryCodeMustBeInTheCountryFile() throws IOException {
        String message = baciError("t,k,i,j,v,q", "2023,100630,999,31,1.0,1.0");
        assertTrue(message.endsWith(":2:3: i = '999': a code listed in country_codes_V202501.csv"), message);
    }

    @Test
    void aBaciValueMustBeANumberAndAQuantityANumberOrNa() throws IOException {
        assertTrue(baciError("t,k,i,j,v,q", "2023,100630,586,31,-4,1.0")
                .endsWith(":2:5: v = '-4': a value in thousand US$, 0 or more"));
        assertTrue(baciError("t,k,i,j,v,q", "2023,100630,586,31,4,n/a")
                .endsWith(":2:6: q = 'n/a': a quantity in metric tons, 0 or more, or NA when unknown"));
    }

    @Test
    void aBaciLineListedTwiceIsAnError() throws IOException {
        String message = baciError("t,k,i,j,v,q", "2023,100630,586,31,4,1", "2023,100630,586,31,5,1");
        assertTrue(message.contains(":3:2: k = '100630': one line per product, exporter and importer"), message);
    }

    @Test
    void aLineWithMoreFieldsThanTheHeaderIsAnError() throws IOException {
        String message = baciError("t,k,i,j,v,q", "2023,100630,586,31,1,234.5,6");
        assertTrue(message.contains(":2:7: ") && message.contains("the header has 6 columns"), message);
    }

    private String comtradeError(String header, String... rows) throws IOException {
        String[] lines = new String[rows.length + 1];
        lines[0] = header;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        Path file = Samples.write(dir, "comtrade.csv", lines);
        return assertThrows(ConfigException.class, () -> ComtradeReader.read(file, Set.of("AZE", "PAK")))
                .getMessage();
    }

    @Test
    void comtradeMonthlyDataAreRefused() throws IOException {
        String message = comtradeError(
                "freqCode,refYear,reporterISO,flowCode,partnerISO,cmdCode,primaryValue", "M,2023,AZE,M,PAK,100630,5");
        assertTrue(
                message.endsWith(
                        ":2:1: freqCode = 'M': A (annual data); download annual, not monthly, data from the portal"),
                message);
    }

    @Test
    void comtradeFlowCodesAreMXOrTheSkippedOnes() throws IOException {
        String message = comtradeError(
                "refYear,reporterISO,flowCode,partnerISO,cmdCode,primaryValue", "2023,AZE,I,PAK,100630,5");
        assertTrue(
                message.endsWith(":2:3: flowCode = 'I': M (imports), X (exports), or RM, RX, DX, FM (skipped)"),
                message);
    }

    @Test
    void comtradeCommodityCodesAreTextWithLeadingZeros() throws IOException {
        String message =
                comtradeError("refYear,reporterISO,flowCode,partnerISO,cmdCode,primaryValue", "2023,AZE,M,PAK,80510,5");
        assertTrue(message.contains(":2:5: cmdCode = '80510': an HS code of 2, 4 or 6 digits"), message);
    }

    @Test
    void comtradeNeedsItsColumns() throws IOException {
        String message = comtradeError("refYear,reporterISO,flowCode,partnerISO,cmdCode", "2023,AZE,M,PAK,100630");
        assertTrue(message.contains(":1:1: no column primaryValue for the trade value"), message);
    }

    @Test
    void comtradeRowsListedTwiceAreAnError() throws IOException {
        String message = comtradeError(
                "refYear,reporterISO,flowCode,partnerISO,cmdCode,primaryValue",
                "2023,AZE,M,PAK,100630,5",
                "2023,AZE,M,PAK,100630,6");
        assertTrue(
                message.contains(":3:5: cmdCode = '100630': one row per year, reporter, flow, partner and commodity"),
                message);
    }

    @Test
    void trainsMfnRatesApplyToEveryPartner() throws IOException {
        Path file = Samples.write(
                dir,
                "trains.csv",
                "Reporter,Partner,Product,Year,SimpleAverage,TariffType",
                "AZE,PAK,100630,2023,15,MFN");
        String message = assertThrows(ConfigException.class, () -> TariffReader.read(file, null))
                .getMessage();
        assertTrue(
                message.endsWith(":2:2: Partner = 'PAK': 000, World or WLD: an MFN rate applies to every partner"),
                message);
    }

    @Test
    void trainsNumericReportersNeedTheCountryFile() throws IOException {
        Path file = Samples.write(
                dir,
                "trains.csv",
                "Reporter,Partner,Product,Year,SimpleAverage,TariffType",
                "031,000,100630,2023,15,MFN");
        String message = assertThrows(ConfigException.class, () -> TariffReader.read(file, null))
                .getMessage();
        assertTrue(
                message.contains(":2:1: Reporter = '031': an ISO3 code, or a numeric code with --countries"), message);
    }

    @Test
    void trainsRatesArePercentagesAndTypesAreKnown() throws IOException {
        Path file = Samples.write(
                dir,
                "trains.csv",
                "Reporter,Partner,Product,Year,SimpleAverage,TariffType",
                "AZE,000,100630,2023,1500,MFN");
        assertTrue(assertThrows(ConfigException.class, () -> TariffReader.read(file, null))
                .getMessage()
                .endsWith(":2:5: SimpleAverage = '1500': an ad-valorem duty in percent, 0 to 1000"));
        Path other = Samples.write(
                dir,
                "trains2.csv",
                "Reporter,Partner,Product,Year,SimpleAverage,TariffType",
                "AZE,000,100630,2023,15,XYZ");
        assertTrue(
                assertThrows(ConfigException.class, () -> TariffReader.read(other, null))
                        .getMessage()
                        .endsWith(
                                ":2:6: TariffType = 'XYZ': MFN, PRF (preferential), AHS (effectively applied) or BND (bound, skipped)"));
    }

    @Test
    void theProjectTariffCsvTakesFractionsAndKnownLayers() throws IOException {
        String header = "importer,partner,product,layer,rate,from,until";
        Path percent = Samples.write(dir, "own1.csv", header, "AZE,MFN,100630,customs,15,,");
        assertTrue(assertThrows(ConfigException.class, () -> TariffReader.read(percent, null))
                .getMessage()
                .endsWith(":2:5: rate = '15': a fraction from 0 to 10 (0.15 = 15%); is it a percentage?"));
        Path layer = Samples.write(dir, "own2.csv", header, "AZE,MFN,100630,excise,0.1,,");
        assertTrue(assertThrows(ConfigException.class, () -> TariffReader.read(layer, null))
                .getMessage()
                .endsWith(":2:4: layer = 'excise': customs, regulatory or additional"));
        Path expiring = Samples.write(dir, "own3.csv", header, "AZE,MFN,100630,customs,0.1,,2027-12");
        assertTrue(assertThrows(ConfigException.class, () -> TariffReader.read(expiring, null))
                .getMessage()
                .contains(":2:7: until = '2027-12': empty: only a partner's line (a preference) can expire"));
        Path month = Samples.write(dir, "own4.csv", header, "AZE,PAK,100630,customs,0.1,2025-13,");
        assertTrue(assertThrows(ConfigException.class, () -> TariffReader.read(month, null))
                .getMessage()
                .endsWith(":2:6: from = '2025-13': a month yyyy-MM, e.g. 2025-01, or empty"));
    }

    @Test
    void elasticitiesAreNegativeAndTheirFormatIsRecognised() throws IOException {
        Path positive = Samples.write(dir, "kno.csv", "iso3,hs6,elasticity,se", "AZE,100630,1.2,0.3");
        assertTrue(assertThrows(ConfigException.class, () -> ElasticityReader.read(positive))
                .getMessage()
                .endsWith(":2:3: elasticity = '1.2': a negative number from -1000 to 0 (both sources publish negative "
                        + "elasticities)"));
        Path unknown = Samples.write(dir, "other.csv", "code,sigma", "100630,4");
        assertTrue(assertThrows(ConfigException.class, () -> ElasticityReader.read(unknown))
                .getMessage()
                .contains(":1:1: an elasticity file needs the columns iso3,hs6,elasticity,se"));
        Path twice = Samples.write(dir, "fgo.csv", "hs6,elasticity", "100630,-4", "100630,-5");
        assertTrue(assertThrows(ConfigException.class, () -> ElasticityReader.read(twice))
                .getMessage()
                .contains(":3:1: hs6 = '100630': one elasticity per HS6 code"));
    }

    @Test
    void aFileThatIsNotUtf8IsNamed() throws IOException {
        Path file = Files.write(
                dir.resolve("kno.csv"), new byte[] {'i', 's', 'o', '3', ',', 'h', 's', '6', '\n', (byte) 0xE9, '\n'});
        String message = assertThrows(ConfigException.class, () -> ElasticityReader.read(file))
                .getMessage();
        assertTrue(message.contains("is not UTF-8 text"), message);
    }
}
