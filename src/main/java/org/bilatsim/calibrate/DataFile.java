package org.bilatsim.calibrate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.SourceLocation;

/**
 * One input file as the scenario's header records it: name, SHA-256, size, last-modified date (UTC)
 * and the licence notice of its source. A value's comment cites the file by name and line.
 *
 * @param path     the file as given
 * @param source   what the file is, e.g. "CEPII BACI HS17, 2023, version 202501"
 * @param licence  short licence name used in value comments, e.g. "Etalab-2.0"
 * @param notice   what the licence allows, for the header
 * @param sha256   hex digest of the bytes read
 * @param bytes    size in bytes
 * @param modified last-modified date, yyyy-MM-dd in UTC
 */
record DataFile(Path path, String source, String licence, String notice, String sha256, long bytes, String modified) {
    static final String ETALAB = "Etalab-2.0";
    static final String ETALAB_NOTICE = "Licence Ouverte / Etalab Open Licence 2.0: reuse and redistribution allowed "
            + "with attribution of the source and its date";
    static final String COMTRADE = "UN-Comtrade-terms";
    static final String COMTRADE_NOTICE = "UN Comtrade terms of use: use for your own analysis; redistribution of the "
            + "data (beyond small extracts) is not allowed; cite UN Comtrade";
    static final String TRAINS = "WITS-TRAINS-terms";
    static final String TRAINS_NOTICE = "WITS/UNCTAD TRAINS terms: use for analysis; redistribution of the data is "
            + "not allowed; cite UNCTAD TRAINS via WITS";
    static final String WIIW = "CC-BY-4.0";
    static final String WIIW_NOTICE =
            "Creative Commons Attribution 4.0 (wiiw): reuse and redistribution allowed with " + "attribution";
    static final String KNO = "see-source-terms";
    static final String KNO_NOTICE = "Kee, Nicita and Olarreaga (2008) estimates as distributed by the World Bank: the "
            + "terms are those of the copy downloaded; cite Kee, Nicita and Olarreaga (2008), REStat 90(4)";
    static final String OWN = "user-supplied";
    static final String OWN_NOTICE = "the user's own file: the licence is the user's to state";

    static DataFile of(Path path, String source, String licence, String notice) {
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            long size = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                size += n;
            }
            String modified = Files.getLastModifiedTime(path)
                    .toInstant()
                    .atZone(ZoneOffset.UTC)
                    .toLocalDate()
                    .toString();
            return new DataFile(
                    path, source, licence, notice, HexFormat.of().formatHex(digest.digest()), size, modified);
        } catch (IOException e) {
            throw new ConfigException(
                    new SourceLocation(path.toString(), 0, 0), "", "cannot be read: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    String name() {
        return path.getFileName().toString();
    }
}
