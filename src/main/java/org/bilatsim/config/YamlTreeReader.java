package org.bilatsim.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML text into a {@link YamlNode} tree with Jackson's streaming parser.
 *
 * <p>Strict on purpose: duplicate keys, anchors and aliases (the "billion laughs" bomb needs them),
 * explicit type tags and nesting deeper than {@value #MAX_DEPTH} are errors. A scenario needs none of
 * these, and each could make a file mean something other than what its author sees.
 */
public final class YamlTreeReader {
    /** Deepest nesting a scenario needs is about 6; 32 leaves room without allowing a stack bomb. */
    static final int MAX_DEPTH = 32;

    private final String fileName;
    private String[] lines = new String[0];

    public YamlTreeReader(String fileName) {
        this.fileName = fileName;
    }

    /** Parses a whole document; an empty document is an error. */
    public YamlNode read(String text) {
        this.lines = lines(text);
        LoaderOptions options = new LoaderOptions();
        // Duplicates, aliases and depth are checked here, with this reader's own messages; the
        // parser's limits only stop input that could never be a scenario.
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(4 * MAX_DEPTH);
        options.setCodePointLimit(ConfigLoader.MAX_GENERATED_FILE_BYTES + 1);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(4 * MAX_DEPTH)
                        .build())
                .build();
        try (YAMLParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ConfigException(
                        new SourceLocation(fileName, 1, 1),
                        "",
                        "the file is empty: a scenario needs at least the keys scenario, time, countries and products");
            }
            YamlNode root = readNode(parser, 0);
            JsonToken next = parser.nextToken();
            if (next != null) {
                throw new ConfigException(
                        location(parser), "", "a second YAML document follows the first; one scenario per file");
            }
            return root;
        } catch (ConfigException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            org.yaml.snakeyaml.reader.ReaderException unreadable = readerProblem(e);
            if (unreadable != null) {
                throw new ConfigException(
                        positionOfCodePoint(text, unreadable.getCodePoint()),
                        "",
                        String.format(
                                java.util.Locale.ROOT,
                                "not valid YAML: the character U+%04X is not allowed in "
                                        + "YAML (a control or non-printable character); remove it",
                                unreadable.getCodePoint()));
            }
            SourceLocation at = positionOf(e);
            throw new ConfigException(at, "", "not valid YAML: " + problemOf(e) + unclosedQuoteBefore(at.line()));
        }
    }

    /**
     * The text's lines, split at every line break {@code \R} matches ({@code \r\n} as one), as
     * {@code text.split("\\R", -1)} splits them, without its regular expression: a generated file has
     * hundreds of thousands of lines.
     */
    static String[] lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                lines.add(text.substring(start, i));
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            } else if (c == '\n' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                lines.add(text.substring(start, i));
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines.toArray(new String[0]);
    }

    /** SnakeYAML's reader refuses some characters (NUL, most control characters) and says only where in its buffer. */
    private static org.yaml.snakeyaml.reader.ReaderException readerProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.yaml.snakeyaml.reader.ReaderException r) {
                return r;
            }
        }
        return null;
    }

    /** Line and column of the first occurrence of a code point (the reader stops at the first one it refuses). */
    private SourceLocation positionOfCodePoint(String text, int codePoint) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c == codePoint) {
                return new SourceLocation(fileName, line, column);
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(c);
        }
        return new SourceLocation(fileName, 1, 1);
    }

    private YamlNode readNode(YAMLParser parser, int depth) throws IOException {
        SourceLocation here = location(parser);
        if (depth > MAX_DEPTH) {
            throw new ConfigException(here, "", "nesting deeper than " + MAX_DEPTH + " levels");
        }
        rejectAnchorsAndTags(parser, here);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, YamlNode> entries = new LinkedHashMap<>();
                Map<String, SourceLocation> keys = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    SourceLocation keyLocation = location(parser);
                    if (entries.containsKey(key)) {
                        throw new ConfigException(
                                keyLocation,
                                key,
                                "duplicate key (first given at line "
                                        + keys.get(key).line() + "); give each key once");
                    }
                    parser.nextToken();
                    entries.put(key, readNode(parser, depth + 1));
                    keys.put(key, keyLocation);
                }
                return new YamlNode.Mapping(here, entries, keys);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readNode(parser, depth + 1));
                }
                return new YamlNode.Sequence(here, items);
            }
            case VALUE_NULL:
                return new YamlNode.Scalar(here, null, false);
            case VALUE_STRING:
                return new YamlNode.Scalar(here, parser.getText(), isQuoted(here));
            default:
                return new YamlNode.Scalar(here, parser.getText(), false);
        }
    }

    /** Whether the scalar at this position was written in quotes (the parser does not say). */
    private boolean isQuoted(SourceLocation at) {
        if (at.line() - 1 >= lines.length) {
            return false;
        }
        String line = lines[at.line() - 1];
        int column = at.column() - 1;
        return column < line.length() && (line.charAt(column) == '"' || line.charAt(column) == '\'');
    }

    private void rejectAnchorsAndTags(YAMLParser parser, SourceLocation here) throws IOException {
        if (parser.isCurrentAlias()) {
            throw new ConfigException(
                    here,
                    "",
                    "YAML aliases (*" + parser.getText() + ") are not allowed in a scenario; write each value out");
        }
        if (parser.getObjectId() != null) {
            throw new ConfigException(
                    here,
                    "",
                    "YAML anchors (&" + parser.getObjectId()
                            + ") and aliases are not allowed in a scenario; write each value out");
        }
        if (parser.getTypeId() != null) {
            throw new ConfigException(
                    here,
                    "",
                    "explicit YAML type tags (" + parser.getTypeId() + ") are not allowed; write plain values");
        }
    }

    private SourceLocation location(JsonParser parser) {
        JsonLocation l = parser.currentTokenLocation();
        return new SourceLocation(fileName, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    private SourceLocation positionOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
                return new SourceLocation(
                        fileName,
                        m.getProblemMark().getLine() + 1,
                        m.getProblemMark().getColumn() + 1);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null) {
                JsonLocation l = jpe.getLocation();
                return new SourceLocation(fileName, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
            }
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
                return new SourceLocation(
                        fileName,
                        m.getProblemMark().getLine() + 1,
                        m.getProblemMark().getColumn() + 1);
            }
        }
        return new SourceLocation(fileName, 1, 1);
    }

    /** SnakeYAML's own words for the problem ("found character '\t' that cannot start any token"). */
    private static String problemOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblem() != null) {
                String context = m.getContext();
                return plainWords(
                        (context == null ? "" : context + ", ") + m.getProblem().strip());
            }
        }
        return firstLine(e.getMessage());
    }

    /** SnakeYAML names tokens by symbols ("found '?'"); these say what they are. */
    private static String plainWords(String problem) {
        return problem.replace("'?'", "a new key")
                .replace("'<alias>'", "an alias (*)")
                .replace("'<block end>'", "the end of the indented block")
                .replace("<block end>", "the end of the indented block");
    }

    /**
     * A quote that opens a value and does not close on its line makes the parser read on, over
     * following lines, and fail far below it. A scenario never needs a quoted value over several
     * lines, so when one precedes the error this names it.
     */
    private String unclosedQuoteBefore(int errorLine) {
        for (int i = 0; i < Math.min(errorLine - 1, lines.length); i++) {
            String line = lines[i];
            int start = -1;
            for (int c = 0; c < line.length() && start < 0; c++) {
                char ch = line.charAt(c);
                String before = line.substring(0, c);
                boolean valueStart = before.isBlank() || before.endsWith(": ") || before.endsWith("- ");
                if (ch == '#' && (c == 0 || line.charAt(c - 1) == ' ')) {
                    break;
                }
                if ((ch == '"' || ch == '\'') && valueStart) {
                    start = c;
                }
            }
            if (start >= 0 && !closes(line, start)) {
                return "; the quote opened at line " + (i + 1) + ", column " + (start + 1)
                        + " is not closed on its line";
            }
        }
        return "";
    }

    /** Whether the quoted scalar starting at {@code start} ends on the same line. */
    private static boolean closes(String line, int start) {
        char quote = line.charAt(start);
        for (int c = start + 1; c < line.length(); c++) {
            char ch = line.charAt(c);
            if (quote == '"' && ch == '\\') {
                c++;
            } else if (ch == quote) {
                if (quote == '\'' && c + 1 < line.length() && line.charAt(c + 1) == '\'') {
                    c++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        String line = message.strip().split("\\R", 2)[0];
        return line.replaceAll("\\s+at \\[Source.*$", "");
    }
}
