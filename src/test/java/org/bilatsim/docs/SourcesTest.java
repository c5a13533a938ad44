package org.bilatsim.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project carries its own sources: every citation of {@code docs/sources.md#anchor} in the
 * configs, the docs and the README resolves to an anchor of docs/sources.md, every anchor there names
 * a URL or a document, and nothing in the repository cites the calibration notes outside it (a
 * user's clone does not have them).
 */
class SourcesTest {
    /** Tests run from the project's root (Maven's basedir). */
    private static final Path ROOT = Path.of("").toAbsolutePath();

    private static final Path SOURCES = ROOT.resolve("docs/sources.md");

    /** {@code <a id="s-x"></a>} or a heading ending in {@code {#s-x}}. */
    private static final Pattern ANCHOR = Pattern.compile("<a id=\"([A-Za-z0-9_-]+)\"></a>|\\{#([A-Za-z0-9_-]+)\\}");
    /** A citation from another file: {@code docs/sources.md#s-x} or, inside docs/, {@code sources.md#s-x}. */
    private static final Pattern CITATION = Pattern.compile("sources\\.md#([A-Za-z0-9_-]+)");
    /** A link inside docs/sources.md to one of its own anchors. */
    private static final Pattern SELF_LINK = Pattern.compile("\\]\\(#([A-Za-z0-9_-]+)\\)");

    private static final Pattern URL_OR_DOCUMENT = Pattern.compile("https?://\\S+|\\*\\*Document:\\*\\*\\s*\\S");

    /** The path outside the repository that the old comments cited, split so this file does not cite it. */
    private static final String OUTSIDE = ".." + "/" + "shared";

    @Test
    void everyCitedAnchorExists() throws IOException {
        Set<String> anchors = anchors(read(SOURCES)).keySet();
        List<String> broken = new ArrayList<>();
        for (Path file : citingFiles()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = CITATION.matcher(lines.get(i));
                while (m.find()) {
                    if (!anchors.contains(m.group(1))) {
                        broken.add(ROOT.relativize(file) + ":" + (i + 1) + ": #" + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), broken, "citations of docs/sources.md with no such anchor");
    }

    @Test
    void linksInsideTheSourcesDocumentResolve() throws IOException {
        String text = read(SOURCES);
        Set<String> anchors = anchors(text).keySet();
        List<String> broken = new ArrayList<>();
        Matcher m = SELF_LINK.matcher(text);
        while (m.find()) {
            if (!anchors.contains(m.group(1))) {
                broken.add("#" + m.group(1));
            }
        }
        assertEquals(List.of(), broken, "links in docs/sources.md to anchors it does not have");
    }

    @Test
    void everyAnchorNamesAUrlOrADocument() throws IOException {
        Map<String, String> sections = anchors(read(SOURCES));
        assertFalse(sections.isEmpty(), "docs/sources.md has no anchors");
        List<String> bare = new ArrayList<>();
        sections.forEach((anchor, body) -> {
            if (!URL_OR_DOCUMENT.matcher(body).find()) {
                bare.add(anchor);
            }
        });
        assertEquals(List.of(), bare, "entries of docs/sources.md with neither a URL nor a **Document:** line");
    }

    @Test
    void anchorsAreUnique() throws IOException {
        Matcher m = ANCHOR.matcher(read(SOURCES));
        Set<String> seen = new LinkedHashSet<>();
        List<String> repeated = new ArrayList<>();
        while (m.find()) {
            String id = m.group(1) != null ? m.group(1) : m.group(2);
            if (!seen.add(id)) {
                repeated.add(id);
            }
        }
        assertEquals(List.of(), repeated, "anchors defined twice in docs/sources.md");
    }

    @Test
    void everyBundledConfigCitesTheSourcesDocument() throws IOException {
        List<String> silent = new ArrayList<>();
        for (Path config : files(ROOT.resolve("configs"), ".yaml")) {
            // A scenario written by `bilatsim calibrate` cites its data files, row and licence, instead.
            if (read(config).startsWith(org.bilatsim.config.ConfigLoader.GENERATED_MARKER)) {
                continue;
            }
            if (!CITATION.matcher(read(config)).find()) {
                silent.add(ROOT.relativize(config).toString());
            }
        }
        assertEquals(List.of(), silent, "bundled configs that cite no docs/sources.md anchor");
    }

    @Test
    void nothingInTheRepositoryCitesTheNotesOutsideIt() throws IOException {
        byte[] needle = OUTSIDE.getBytes(StandardCharsets.UTF_8);
        List<String> citing = new ArrayList<>();
        List<Path> all = repositoryFiles();
        assertTrue(all.contains(SOURCES), "the walk over the repository missed docs/sources.md");
        for (Path file : all) {
            if (contains(Files.readAllBytes(file), needle)) {
                citing.add(ROOT.relativize(file).toString());
            }
        }
        assertEquals(List.of(), citing, "files that cite " + OUTSIDE + " (not in a user's clone)");
    }

    /** Each anchor of the document, in order, with the text up to the next anchor. */
    static Map<String, String> anchors(String text) {
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher m = ANCHOR.matcher(text);
        String id = null;
        int from = 0;
        while (m.find()) {
            if (id != null) {
                sections.put(id, text.substring(from, m.start()));
            }
            id = m.group(1) != null ? m.group(1) : m.group(2);
            from = m.end();
        }
        if (id != null) {
            sections.put(id, text.substring(from));
        }
        return sections;
    }

    private static List<Path> citingFiles() throws IOException {
        List<Path> files = new ArrayList<>(files(ROOT.resolve("configs"), ".yaml"));
        files.addAll(files(ROOT.resolve("docs"), ".md"));
        files.add(ROOT.resolve("README.md"));
        return files;
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Every file of the working tree except build output, git's own data and the run folders under
     * output/ (ignored by git; output/README.md is kept): a superset of the tracked files, so nothing
     * tracked escapes the check.
     */
    private static List<Path> repositoryFiles() throws IOException {
        Set<String> skipped = Set.of(".git", "target", ".cifuzz-corpus");
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(p -> {
                        Path relative = ROOT.relativize(p);
                        if (relative.getNameCount() > 2
                                && relative.getName(0).toString().equals("output")) {
                            return false;
                        }
                        for (Path part : relative) {
                            if (skipped.contains(part.toString())) {
                                return false;
                            }
                        }
                        return Files.isRegularFile(p);
                    })
                    .sorted()
                    .toList();
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
