package org.bilatsim.output;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.SeekableInputStream;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/**
 * A {@link Table} as a Parquet file, written by parquet-java through its local-file output (no
 * Hadoop file system): every column required, strings as UTF-8 ({@code STRING} logical type) with
 * dictionary encoding, integers and doubles as plain Parquet types, zstd compression. Rows are
 * buffered only up to one row group ({@link #ROW_GROUP_BYTES}), so memory does not grow with the
 * number of rows.
 */
final class ParquetTableWriter implements TableWriter {
    /**
     * 32 MB row groups: large enough for long dictionary-encoded runs (a million rows of the default
     * scenario compress to about 6 MB), small enough that a writer's buffer stays far below the heap.
     */
    static final long ROW_GROUP_BYTES = 32L << 20;

    /** The file's key-value metadata. */
    private static final Map<String, String> METADATA = Map.of("writer", "bilatsim");

    private final Table table;
    private final Row row;
    private final ParquetWriter<Row> writer;
    private int field;

    /** The current row, handed to the write support; reused for every row. */
    private static final class Row {
        final Binary[] strings;
        final long[] integers;
        final double[] doubles;

        Row(int columns) {
            strings = new Binary[columns];
            integers = new long[columns];
            doubles = new double[columns];
        }
    }

    ParquetTableWriter(Path file, Table table) {
        this.table = table;
        this.row = new Row(table.columns().size());
        this.lastString = new String[table.columns().size()];
        this.lastBinary = new Binary[table.columns().size()];
        try {
            Builder builder = new Builder(new LocalOutputFile(file), schema(table), table);
            for (Table.Column c : table.columns()) {
                if (c.type() == Table.Type.DOUBLE) {
                    builder.withDictionaryEncoding(c.name(), false);
                }
            }
            writer = builder.withConf(new PlainParquetConfiguration())
                    .withSizeStatisticsEnabled(false)
                    .withWriteMode(ParquetFileWriter.Mode.CREATE)
                    .withCompressionCodec(CompressionCodecName.ZSTD)
                    .withCodecFactory(new ZstdCodecs())
                    .withDictionaryEncoding(true)
                    .withRowGroupSize(ROW_GROUP_BYTES)
                    .build();
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

    private final List<Map<String, Binary>> encoded = new java.util.ArrayList<>();
    /** Per column, the last string written and its bytes: most rows repeat the row before's string object. */
    private final String[] lastString;

    private final Binary[] lastBinary;

    @Override
    public TableWriter string(String value) {
        check(Table.Type.STRING);
        if (lastString[field] == value) {
            row.strings[field] = lastBinary[field];
            field++;
            return this;
        }
        while (encoded.size() <= field) {
            encoded.add(new HashMap<>());
        }
        // Strings repeat (a few hundred distinct keys in millions of rows): encode each once.
        Map<String, Binary> cache = encoded.get(field);
        Binary binary = cache.get(value);
        if (binary == null) {
            binary = Binary.fromConstantByteArray(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (cache.size() < 100_000) {
                cache.put(value, binary);
            }
        }
        lastString[field] = value;
        lastBinary[field] = binary;
        row.strings[field++] = binary;
        return this;
    }

    @Override
    public TableWriter int32(int value) {
        check(Table.Type.INT32);
        row.integers[field++] = value;
        return this;
    }

    @Override
    public TableWriter int64(long value) {
        check(Table.Type.INT64);
        row.integers[field++] = value;
        return this;
    }

    @Override
    public TableWriter float64(double value) {
        check(Table.Type.DOUBLE);
        row.doubles[field++] = value;
        return this;
    }

    private void check(Table.Type type) {
        Table.Column c = table.columns().get(field);
        if (c.type() != type) {
            throw new IllegalStateException("column " + c.name() + " is " + c.type() + ", not " + type);
        }
    }

    @Override
    public void endRow() {
        if (field != table.columns().size()) {
            throw new IllegalStateException(
                    field + " fields in a row of " + table.columns().size());
        }
        field = 0;
        try {
            writer.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The row groups this writer wrote, once it is closed: what {@link #concatenate} copies.
     */
    List<BlockMetaData> rowGroups() {
        return writer.getFooter().getBlocks();
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
                new LocalOutputFile(file), schema(table), ParquetFileWriter.Mode.CREATE, ROW_GROUP_BYTES, 0);
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

    /** The Hadoop-configured variants are abstract in parquet-java (deprecated there, still required). */
    @SuppressWarnings("deprecation")
    private static final class Builder extends ParquetWriter.Builder<Row, Builder> {
        private final MessageType schema;
        private final Table table;

        Builder(OutputFile file, MessageType schema, Table table) {
            super(file);
            this.schema = schema;
            this.table = table;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Row> getWriteSupport(Configuration conf) {
            return new RowSupport(schema, table);
        }

        @Override
        protected WriteSupport<Row> getWriteSupport(ParquetConfiguration conf) {
            return new RowSupport(schema, table);
        }
    }

    @SuppressWarnings("deprecation")
    private static final class RowSupport extends WriteSupport<Row> {
        private final MessageType schema;
        private final Table.Type[] types;
        private final String[] names;
        private RecordConsumer consumer;

        RowSupport(MessageType schema, Table table) {
            this.schema = schema;
            this.types = table.columns().stream().map(Table.Column::type).toArray(Table.Type[]::new);
            this.names = table.headers();
        }

        @Override
        public WriteContext init(Configuration configuration) {
            return new WriteContext(schema, METADATA);
        }

        @Override
        public WriteContext init(ParquetConfiguration configuration) {
            return new WriteContext(schema, METADATA);
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.consumer = recordConsumer;
        }

        @Override
        public void write(Row row) {
            consumer.startMessage();
            for (int i = 0; i < types.length; i++) {
                consumer.startField(names[i], i);
                switch (types[i]) {
                    case STRING -> consumer.addBinary(row.strings[i]);
                    case INT32 -> consumer.addInteger((int) row.integers[i]);
                    case INT64 -> consumer.addLong(row.integers[i]);
                    case DOUBLE -> consumer.addDouble(row.doubles[i]);
                }
                consumer.endField(names[i], i);
            }
            consumer.endMessage();
        }
    }
}
