package org.bilatsim.output;

import com.github.luben.zstd.Zstd;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.SeekableInputStream;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/**
 * A {@link Table} as a Parquet file: every column required, strings as UTF-8 ({@code STRING} logical
 * type), integers and doubles as plain Parquet types, zstd compression. Strings and integers are
 * dictionary-encoded (a PLAIN dictionary page, then version-1 data pages of RLE/bit-packed ids,
 * {@code RLE_DICTIONARY}; parquet-java's own writer labels the same bytes with the deprecated
 * {@code PLAIN_DICTIONARY}), doubles are plain.
 *
 * <p>The rows are buffered column by column up to one row group ({@link #ROW_GROUP_ROWS}), then
 * encoded into pages here and written through parquet-java's {@link ParquetFileWriter}, which
 * writes the page headers, checksums, column statistics, column and offset indexes and the footer.
 * parquet-java's record writer (its {@code MessageColumnIO} and {@code RecordConsumer}, a dictionary
 * hash of every value's bytes and a statistics update per value) cost about 1.2 µs a row of the
 * monthly table, most of the time of a 1,000-replication run; a value here is an identity check
 * in a direct-mapped cache (the tables' strings repeat the same objects) or one hash look-up, the
 * monthly table comes in blocks ({@link #block}) whose key columns' ids are copied, ids are
 * bit-packed 8 at a time ({@link DictionaryIds}), and the statistics of a dictionary-encoded page are
 * taken over its distinct values only (docs/performance.md, "Parquet output, measured").
 * Memory: one row group of ids and doubles, about 46 MB at most for the monthly table.
 */
final class ParquetTableWriter implements TableWriter {
    /**
     * Rows per row group, at most: 2^20, about a million (75 runs of the default scenario's monthly
     * table, which {@link TimeseriesParts} writes as one group of its own), fewer for wide rows so
     * that a row group's buffer stays under {@link #ROW_GROUP_BUFFER_BYTES}.
     */
    static final int ROW_GROUP_ROWS = 1 << 20;

    /** Bytes of ids and values buffered for one row group, at most. */
    static final long ROW_GROUP_BUFFER_BYTES = 64L << 20;

    /** Rows per data page: parquet-java's default page row limit, so readers can skip pages as before. */
    static final int PAGE_ROWS = ParquetProperties.DEFAULT_PAGE_ROW_COUNT_LIMIT;

    /**
     * Level 1, zstd's fastest standard level: on the monthly table 0.3 % larger than level 3 (its
     * default) and a quarter less compression time; the values' pages, nearly random mantissas, are
     * most of the bytes at any level.
     */
    static final int ZSTD_LEVEL = 1;

    /** The file's key-value metadata. */
    private static final Map<String, String> METADATA = Map.of("writer", "bilatsim");

    private final Table table;
    private final Table.Type[] types;
    private final ColumnDescriptor[] descriptors;
    private final Column[] columns;
    private final int rowGroupRows;
    private final ParquetFileWriter file;
    private int rows;
    private int field;

    ParquetTableWriter(Path path, Table table) {
        this(path, table, 0);
    }

    /**
     * @param expectedRows how many rows will be written, if known (0 if not): the column buffers are
     *     then allocated once at their size instead of grown by doubling, which left the collector
     *     about twice the buffers' size of garbage for every file
     */
    ParquetTableWriter(Path path, Table table, long expectedRows) {
        this(path, table, expectedRows, ROW_GROUP_ROWS);
    }

    /** @param maxRowGroupRows rows per row group, at most (a test's small groups) */
    ParquetTableWriter(Path path, Table table, long expectedRows, int maxRowGroupRows) {
        this.table = table;
        MessageType schema = schema(table);
        this.types = table.columns().stream().map(Table.Column::type).toArray(Table.Type[]::new);
        this.descriptors = schema.getColumns().toArray(ColumnDescriptor[]::new);
        this.columns = new Column[types.length];
        long rowBytes = 0;
        for (int c = 0; c < types.length; c++) {
            PrimitiveType type = descriptors[c].getPrimitiveType();
            columns[c] = switch (types[c]) {
                case STRING -> new StringColumn(type);
                case INT32, INT64 -> new IntegerColumn(type, types[c] == Table.Type.INT64);
                case DOUBLE -> new DoubleColumn(type);
            };
            rowBytes += types[c] == Table.Type.DOUBLE ? Double.BYTES : Integer.BYTES;
        }
        this.rowGroupRows =
                (int) Math.max(1, Math.min(maxRowGroupRows, ROW_GROUP_BUFFER_BYTES / Math.max(1, rowBytes)));
        if (expectedRows > 0) {
            int capacity = (int) Math.min(rowGroupRows, expectedRows);
            for (Column column : columns) {
                column.reserve(capacity);
            }
        }
        try {
            file = new ParquetFileWriter(
                    new LocalOutputFile(path),
                    schema,
                    ParquetFileWriter.Mode.CREATE,
                    ROW_GROUP_BUFFER_BYTES,
                    0,
                    null,
                    ParquetProperties.builder().build());
            try {
                file.start();
            } catch (IOException | RuntimeException e) {
                closeQuietly(file);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MessageType schema(Table table) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (Table.Column c : table.columns()) {
            switch (c.type()) {
                case STRING ->
                    message.primitive(PrimitiveTypeName.BINARY, Repetition.REQUIRED)
                            .as(LogicalTypeAnnotation.stringType())
                            .named(c.name());
                case INT32 ->
                    message.primitive(PrimitiveTypeName.INT32, Repetition.REQUIRED)
                            .named(c.name());
                case INT64 ->
                    message.primitive(PrimitiveTypeName.INT64, Repetition.REQUIRED)
                            .named(c.name());
                case DOUBLE ->
                    message.primitive(PrimitiveTypeName.DOUBLE, Repetition.REQUIRED)
                            .named(c.name());
            }
        }
        return message.named("bilatsim_" + table.name());
    }

    @Override
    public TableWriter string(String value) {
        ((StringColumn) column(Table.Type.STRING)).add(value, rows);
        return this;
    }

    @Override
    public TableWriter int32(int value) {
        ((IntegerColumn) column(Table.Type.INT32)).add(value, rows);
        return this;
    }

    @Override
    public TableWriter int64(long value) {
        ((IntegerColumn) column(Table.Type.INT64)).add(value, rows);
        return this;
    }

    @Override
    public TableWriter float64(double value) {
        ((DoubleColumn) column(Table.Type.DOUBLE)).add(value, rows);
        return this;
    }

    /** The next field's column, checked to be of {@code type}. */
    private Column column(Table.Type type) {
        if (field >= types.length) {
            throw new IllegalStateException("more than " + types.length + " fields in a row");
        }
        if (types[field] != type) {
            throw new IllegalStateException(
                    "column " + table.columns().get(field).name() + " is " + types[field] + ", not " + type);
        }
        return columns[field++];
    }

    @Override
    public void endRow() {
        if (field != types.length) {
            throw new IllegalStateException(field + " fields in a row of " + types.length);
        }
        field = 0;
        if (++rows == rowGroupRows) {
            flush();
        }
    }

    /**
     * Appends rows {@code from} to {@code to - 1} of a block given column by column: {@code
     * cells[c]} is the column's values (a {@code String[]}, {@code int[]}, {@code long[]} or {@code
     * double[]} by its type), or a one-element array whose value every row of the block takes. The
     * rows are those that {@link #endRow} would write field by field, in the same file bytes.
     *
     * <p>The monthly table is such blocks: in a run's month, the run's and the month's columns are
     * constant and the series' key columns are the same arrays in every month and every run, so a
     * key array's dictionary ids are looked up once per row group and then copied: a caller must
     * not change a string array of more than one element once it has passed it (numbers are copied
     * at once).
     */
    void block(Object[] cells, int from, int to) {
        if (field != 0) {
            throw new IllegalStateException("a row of " + field + " fields is not ended");
        }
        if (cells.length != types.length) {
            throw new IllegalArgumentException(cells.length + " columns in a block of a table of " + types.length);
        }
        int at = from;
        while (at < to) {
            int n = Math.min(to - at, rowGroupRows - rows);
            for (int c = 0; c < columns.length; c++) {
                columns[c].block(cells[c], at, n, rows);
            }
            rows += n;
            at += n;
            if (rows == rowGroupRows) {
                flush();
            }
        }
    }

    /** Writes the buffered rows as one row group. */
    private void flush() {
        try {
            file.startBlock(rows);
            for (int c = 0; c < columns.length; c++) {
                file.startColumn(descriptors[c], rows, CompressionCodecName.ZSTD);
                columns[c].write(file, rows);
                file.endColumn();
            }
            file.endBlock();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Column column : columns) {
            column.clear();
        }
        rows = 0;
    }

    @Override
    public void close() {
        boolean ended = false;
        try {
            if (field != 0) {
                throw new IllegalStateException("a row of " + field + " fields is not ended");
            }
            if (rows > 0) {
                flush();
            }
            file.end(METADATA);
            ended = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!ended) {
                // A failed table (its folder is then removed) must not keep its file open.
                closeQuietly(file);
            }
        }
    }

    private static void closeQuietly(ParquetFileWriter file) {
        try {
            file.close();
        } catch (IOException | RuntimeException e) {
            // The failure being reported is the one that stopped the table.
        }
    }

    /**
     * The row groups this writer wrote, once it is closed: what {@link #concatenate} copies.
     */
    List<BlockMetaData> rowGroups() {
        return file.getFooter().getBlocks();
    }

    /** The buffered values of one column of a row group, and how they are encoded into pages. */
    private abstract static class Column {
        final PrimitiveType type;

        Column(PrimitiveType type) {
            this.type = type;
        }

        /** Writes the first {@code rows} values as this column's chunk (the chunk is started). */
        abstract void write(ParquetFileWriter file, int rows) throws IOException;

        abstract void clear();

        /** Allocates room for {@code rows} values. */
        abstract void reserve(int rows);

        /**
         * Appends {@code n} values from {@code cells} (an array of this column's type) at {@code
         * offset}, or its one value {@code n} times if it has one element, as rows {@code row} on.
         */
        abstract void block(Object cells, int offset, int n, int row);

        /** Compresses one page's bytes and writes it as a data page of {@code values} rows. */
        static void dataPage(
                ParquetFileWriter file, byte[] page, int length, int values, Statistics<?> stats, Encoding encoding)
                throws IOException {
            byte[] compressed = compress(page, length);
            file.writeDataPage(
                    values, length, BytesInput.from(compressed), stats, values, Encoding.RLE, Encoding.RLE, encoding);
        }

        static byte[] compress(byte[] bytes, int length) {
            return Zstd.compress(length == bytes.length ? bytes : Arrays.copyOf(bytes, length), ZSTD_LEVEL);
        }
    }

    /**
     * A column stored as ids into a dictionary of its distinct values (in order of first appearance
     * in the row group). Subclasses keep the values and say how one is written plainly and counted
     * into a page's statistics.
     */
    private abstract static class DictionaryColumn extends Column {
        int[] ids = new int[0];
        /** Per dictionary id, the last page (1-based) it was counted into the statistics of. */
        private int[] countedInPage = new int[0];

        DictionaryColumn(PrimitiveType type) {
            super(type);
        }

        abstract int size();

        /** The dictionary page's bytes: the values in id order, plain-encoded. */
        abstract byte[] plainDictionary();

        abstract void count(Statistics<?> stats, int id);

        @Override
        final void reserve(int rows) {
            ids = new int[rows];
        }

        /** Makes room for ids up to row {@code end - 1}. */
        final void room(int end) {
            if (end > ids.length) {
                ids = Arrays.copyOf(ids, Math.max(end, Math.max(1024, ids.length * 2)));
            }
        }

        final void id(int row, int id) {
            if (row >= ids.length) {
                ids = Arrays.copyOf(ids, Math.max(1024, ids.length * 2));
            }
            ids[row] = id;
        }

        @Override
        final void write(ParquetFileWriter file, int rows) throws IOException {
            byte[] dictionary = plainDictionary();
            file.writeDictionaryPage(new DictionaryPage(
                    BytesInput.from(compress(dictionary, dictionary.length)),
                    dictionary.length,
                    size(),
                    Encoding.PLAIN));
            if (countedInPage.length < size()) {
                countedInPage = new int[size()];
            } else {
                Arrays.fill(countedInPage, 0, size(), 0);
            }
            DictionaryIds page = new DictionaryIds(size());
            int pageNumber = 0;
            for (int from = 0; from < rows; from += PAGE_ROWS) {
                int to = Math.min(rows, from + PAGE_ROWS);
                pageNumber++;
                Statistics<?> stats = Statistics.createStats(type);
                for (int r = from; r < to; r++) {
                    int id = ids[r];
                    if (countedInPage[id] != pageNumber) {
                        countedInPage[id] = pageNumber;
                        count(stats, id);
                    }
                }
                page.encode(ids, from, to);
                dataPage(file, page.bytes(), page.length(), to - from, stats, Encoding.RLE_DICTIONARY);
            }
        }
    }

    /**
     * Strings: most rows repeat the very object of the row before (a run's key, its month), so a
     * value is first compared by identity with the last one; otherwise it is looked up by content.
     */
    private static final class StringColumn extends DictionaryColumn {
        /** Slots of the identity cache: a power of two, above the few hundred keys of a scenario's panel. */
        private static final int CACHE = 1024;

        private final Map<String, Integer> dictionary = new HashMap<>();
        private final List<Binary> values = new ArrayList<>();
        /**
         * A direct-mapped cache of string objects (by their cached hash) and their ids: the monthly
         * table repeats the same few hundred key objects in every month of every run, so most values
         * are found by identity here, without the map's nodes and boxed ids.
         */
        private final String[] cached = new String[CACHE];

        private final int[] cachedIds = new int[CACHE];

        StringColumn(PrimitiveType type) {
            super(type);
        }

        void add(String value, int row) {
            int slot = value.hashCode() & (CACHE - 1);
            if (cached[slot] != value) {
                Integer id = dictionary.get(value);
                if (id == null) {
                    id = values.size();
                    dictionary.put(value, id);
                    values.add(Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8)));
                }
                cached[slot] = value;
                cachedIds[slot] = id;
            }
            id(row, cachedIds[slot]);
        }

        /**
         * The last key array of a block and its ids in this row group's dictionary (-1 for an
         * element not yet met), and how many are not: ids are given in the order the rows meet their
         * values, as {@link #add} gives them, so blocks and rows make the same dictionary.
         */
        private String[] blockValues;

        private int[] blockIds;
        private int blockUnknown;

        @Override
        void block(Object cells, int offset, int n, int row) {
            String[] strings = (String[]) cells;
            room(row + n);
            if (strings.length == 1) {
                add(strings[0], row);
                Arrays.fill(ids, row, row + n, ids[row]);
                return;
            }
            if (strings != blockValues) {
                blockValues = strings;
                blockIds = new int[strings.length];
                Arrays.fill(blockIds, -1);
                blockUnknown = strings.length;
            }
            if (blockUnknown > 0) {
                for (int i = 0; i < n; i++) {
                    if (blockIds[offset + i] < 0) {
                        add(strings[offset + i], row + i);
                        blockIds[offset + i] = ids[row + i];
                        blockUnknown--;
                    }
                }
            }
            System.arraycopy(blockIds, offset, ids, row, n);
        }

        @Override
        int size() {
            return values.size();
        }

        @Override
        byte[] plainDictionary() {
            int length = 0;
            for (Binary b : values) {
                length += Integer.BYTES + b.length();
            }
            ByteBuffer out = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
            for (Binary b : values) {
                out.putInt(b.length());
                out.put(b.getBytesUnsafe());
            }
            return out.array();
        }

        @Override
        void count(Statistics<?> stats, int id) {
            stats.updateStats(values.get(id));
        }

        @Override
        void clear() {
            dictionary.clear();
            values.clear();
            Arrays.fill(cached, null);
            blockValues = null;
            blockIds = null;
        }
    }

    /** 32- or 64-bit integers (replications, seeds, years): few distinct values, long runs of one. */
    private static final class IntegerColumn extends DictionaryColumn {
        private final boolean wide;
        private final Map<Long, Integer> dictionary = new HashMap<>();
        private long[] values = new long[16];
        private int size;
        private long last;
        private int lastId = -1;

        IntegerColumn(PrimitiveType type, boolean wide) {
            super(type);
            this.wide = wide;
        }

        void add(long value, int row) {
            if (lastId < 0 || value != last) {
                Integer id = dictionary.get(value);
                if (id == null) {
                    id = size;
                    dictionary.put(value, id);
                    if (size == values.length) {
                        values = Arrays.copyOf(values, size * 2);
                    }
                    values[size++] = value;
                }
                last = value;
                lastId = id;
            }
            id(row, lastId);
        }

        @Override
        void block(Object cells, int offset, int n, int row) {
            room(row + n);
            if (Array.getLength(cells) == 1) {
                add(wide ? ((long[]) cells)[0] : ((int[]) cells)[0], row);
                Arrays.fill(ids, row, row + n, ids[row]);
                return;
            }
            if (wide) {
                long[] integers = (long[]) cells;
                for (int i = 0; i < n; i++) {
                    add(integers[offset + i], row + i);
                }
            } else {
                int[] integers = (int[]) cells;
                for (int i = 0; i < n; i++) {
                    add(integers[offset + i], row + i);
                }
            }
        }

        @Override
        int size() {
            return size;
        }

        @Override
        byte[] plainDictionary() {
            ByteBuffer out = ByteBuffer.allocate(size * (wide ? Long.BYTES : Integer.BYTES))
                    .order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < size; i++) {
                if (wide) {
                    out.putLong(values[i]);
                } else {
                    out.putInt((int) values[i]);
                }
            }
            return out.array();
        }

        @Override
        void count(Statistics<?> stats, int id) {
            if (wide) {
                stats.updateStats(values[id]);
            } else {
                stats.updateStats((int) values[id]);
            }
        }

        @Override
        void clear() {
            dictionary.clear();
            size = 0;
            lastId = -1;
        }
    }

    /**
     * Doubles, plain: a dictionary of millions of distinct values would not pay (parquet-java
     * abandons one past 1 MB a row group).
     */
    private static final class DoubleColumn extends Column {
        private double[] values = new double[0];

        DoubleColumn(PrimitiveType type) {
            super(type);
        }

        @Override
        void reserve(int rows) {
            values = new double[rows];
        }

        @Override
        void block(Object cells, int offset, int n, int row) {
            double[] doubles = (double[]) cells;
            if (row + n > values.length) {
                values = Arrays.copyOf(values, Math.max(row + n, Math.max(1024, values.length * 2)));
            }
            if (doubles.length == 1) {
                Arrays.fill(values, row, row + n, doubles[0]);
            } else {
                System.arraycopy(doubles, offset, values, row, n);
            }
        }

        void add(double value, int row) {
            if (row >= values.length) {
                values = Arrays.copyOf(values, Math.max(1024, values.length * 2));
            }
            values[row] = value;
        }

        @Override
        void write(ParquetFileWriter file, int rows) throws IOException {
            ByteBuffer page = ByteBuffer.allocate(PAGE_ROWS * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            for (int from = 0; from < rows; from += PAGE_ROWS) {
                int to = Math.min(rows, from + PAGE_ROWS);
                Statistics<?> stats = Statistics.createStats(type);
                page.clear();
                for (int r = from; r < to; r++) {
                    page.putDouble(values[r]);
                    stats.updateStats(values[r]);
                }
                dataPage(file, page.array(), page.position(), to - from, stats, Encoding.PLAIN);
            }
        }

        @Override
        void clear() {}
    }

    /** A file written by this class and its row groups ({@link #rowGroups}). */
    record Part(Path file, List<BlockMetaData> rowGroups) {}

    /**
     * Writes {@code table} as the row groups of {@code parts} (files of the same table that this class
     * wrote), in order, copied without decoding (parquet-java's {@code appendRowGroups}); the parts
     * stay. The footers come from the writers, since parquet-java's reader options need Hadoop's
     * MapReduce classes. (The writer's constructor for an {@code OutputFile} without properties is
     * deprecated there; properties do not apply to copied row groups.)
     */
    @SuppressWarnings("deprecation")
    static void concatenate(Path file, Table table, List<Part> parts) throws IOException {
        ParquetFileWriter out = new ParquetFileWriter(
                new LocalOutputFile(file), schema(table), ParquetFileWriter.Mode.CREATE, ROW_GROUP_BUFFER_BYTES, 0);
        out.start();
        for (Part part : parts) {
            // From memory: parquet-java reads a local file's stream a byte per system call when copying.
            try (SeekableInputStream in = new InMemory(Files.readAllBytes(part.file()))) {
                out.appendRowGroups(in, part.rowGroups(), false);
            }
        }
        out.end(METADATA);
    }

    /** A file's bytes as a seekable stream. */
    private static final class InMemory extends DelegatingSeekableInputStream {
        private final ByteArrayInputStream bytes;
        private final int length;

        InMemory(byte[] content) {
            this(new ByteArrayInputStream(content), content.length);
        }

        private InMemory(ByteArrayInputStream bytes, int length) {
            super(bytes);
            this.bytes = bytes;
            this.length = length;
        }

        @Override
        public long getPos() {
            return length - bytes.available();
        }

        @Override
        public void seek(long position) {
            bytes.reset();
            bytes.skip(position);
        }
    }
}
