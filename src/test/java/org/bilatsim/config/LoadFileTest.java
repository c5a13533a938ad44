package org.bilatsim.config;

import static org.bilatsim.config.ValidScenario.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ConfigLoader#load}: what it checks about the file before the YAML is read. */
class LoadFileTest {

    @TempDir
    Path dir;

    private static ConfigException loadFails(Path file) {
        return assertThrows(ConfigException.class, () -> ConfigLoader.load(file, List.of()));
    }

    /** The valid text padded with a comment to exactly {@code size} bytes. */
    private static String paddedTo(int size) {
        StringBuilder text = new StringBuilder(TEXT).append('#');
        while (text.length() < size - 1) {
            text.append(' ');
        }
        return text.append('\n').toString();
    }

    @Test
    void theValidTextLoadsFromAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("scenario.yaml"), TEXT);
        assertEquals("test-scenario", ConfigLoader.load(file, List.of()).name());
    }

    @Test
    void aMissingFileIsRejected() {
        Path file = dir.resolve("missing.yaml");
        ConfigException e = loadFails(file);
        assertEquals(file + ": no such file", e.getMessage());
        assertEquals(0, e.location().line());
    }

    @Test
    void aDirectoryIsRejected() {
        ConfigException e = loadFails(dir);
        assertEquals(dir + ": is a directory; give a scenario .yaml file", e.getMessage());
    }

    @Test
    void anEmptyFileIsRejected() throws IOException {
        Path file = Files.write(dir.resolve("empty.yaml"), new byte[0]);
        assertEquals(
                file
                        + ":1:1: the file is empty: a scenario needs at least the keys scenario, time, countries and products",
                loadFails(file).getMessage());
    }

    @Test
    void aFileOfOnlyBlankLinesIsRejectedAsEmpty() throws IOException {
        Path file = Files.writeString(dir.resolve("blank.yaml"), "\n\n   \n");
        assertTrue(loadFails(file).getMessage().startsWith(file + ":1:1: the file is empty"));
    }

    @Test
    void aLatin1FileIsRejectedAtTheLineAndColumnOfTheFirstNonUtf8Byte() throws IOException {
        // line 10 is "    name: Pakistan"; in ISO-8859-1 the é of Café is the single byte 0xE9, in column 14
        String text = ValidScenario.replace("name: Pakistan", "name: Caf\u00e9");
        Path file = Files.write(dir.resolve("latin1.yaml"), text.getBytes(StandardCharsets.ISO_8859_1));
        int offset = text.indexOf('\u00e9');
        assertEquals(
                file + ":10:14: byte 0xE9 at offset " + offset + " is not UTF-8; save the file as UTF-8",
                loadFails(file).getMessage());
    }

    @Test
    void aNonUtf8ByteIsLocatedByCharactersNotBytesAfterMultiByteCharacters() throws IOException {
        // "Azərbaycan" (ə is two bytes in UTF-8) then a stray 0xFF: column 4 + "name: " + 10 characters + 1
        byte[] good = ValidScenario.replace("name: Azerbaijan", "name: Az\u0259rbaycan")
                .getBytes(StandardCharsets.UTF_8);
        String marker = "Az\u0259rbaycan";
        int end = new String(good, StandardCharsets.UTF_8).indexOf(marker) + marker.length();
        int byteEnd =
                new String(good, StandardCharsets.UTF_8).substring(0, end).getBytes(StandardCharsets.UTF_8).length;
        byte[] bad = new byte[good.length + 1];
        System.arraycopy(good, 0, bad, 0, byteEnd);
        bad[byteEnd] = (byte) 0xFF;
        System.arraycopy(good, byteEnd, bad, byteEnd + 1, good.length - byteEnd);
        Path file = Files.write(dir.resolve("stray.yaml"), bad);
        assertEquals(
                file + ":12:21: byte 0xFF at offset " + byteEnd + " is not UTF-8; save the file as UTF-8",
                loadFails(file).getMessage());
    }

    @Test
    void aUtf8FileWithNonAsciiNamesLoads() throws IOException {
        Path file = Files.writeString(
                dir.resolve("utf8.yaml"), ValidScenario.replace("name: Azerbaijan", "name: Az\u0259rbaycan"));
        assertEquals(
                "Az\u0259rbaycan",
                ConfigLoader.load(file, List.of()).country("AZE").orElseThrow().name());
    }

    @Test
    void aUtf8ByteOrderMarkIsIgnored() throws IOException {
        Path file = Files.writeString(dir.resolve("bom.yaml"), "\uFEFF" + TEXT);
        assertEquals("test-scenario", ConfigLoader.load(file, List.of()).name());
    }

    @Test
    void aFileOverOneMebibyteIsRejected() throws IOException {
        Path file = Files.writeString(dir.resolve("big.yaml"), paddedTo(ConfigLoader.MAX_FILE_BYTES + 1));
        assertEquals(
                file + ": the file has 1048577 bytes; a scenario may have at most 1048576 (1 MiB)",
                loadFails(file).getMessage());
    }

    @Test
    void aFileOfExactlyOneMebibyteLoads() throws IOException {
        Path file = Files.writeString(dir.resolve("max.yaml"), paddedTo(ConfigLoader.MAX_FILE_BYTES));
        assertEquals(ConfigLoader.MAX_FILE_BYTES, Files.size(file));
        assertEquals("test-scenario", ConfigLoader.load(file, List.of()).name());
    }

    @Test
    void messagesFromAFileNameThatFile() throws IOException {
        Path file = Files.writeString(
                dir.resolve("bad.yaml"),
                ValidScenario.replace("substitutionElasticity: 4.4", "substitutionElasticity: 1.0"));
        assertTrue(loadFails(file)
                .getMessage()
                .startsWith(file + ":21:29: products.rice.substitutionElasticity = '1.0': "));
    }

    @Test
    void overridesApplyToALoadedFile() throws IOException {
        Path file = Files.writeString(dir.resolve("scenario.yaml"), TEXT);
        assertEquals(7L, ConfigLoader.load(file, List.of("seed=7")).seed());
    }
}
