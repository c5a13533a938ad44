package org.bilatsim.output;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The file format of the tidy tables: CSV (text, readable everywhere without a library) or Parquet
 * (columnar, zstd-compressed, typed; read by pandas/pyarrow, R arrow, DuckDB and Spark without
 * options). Both hold the same tables with the same columns.
 */
public enum Format {
    CSV("csv"),
    PARQUET("parquet");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /** The file name of a table in this format ({@code annual.parquet}). */
    public String file(Table table) {
        return table.name() + "." + extension;
    }

    public String extension() {
        return extension;
    }

    /** Opens a new file for the table in {@code folder}. */
    public TableWriter open(Path folder, Table table) {
        Path file = folder.resolve(file(table));
        return this == CSV ? new CsvTableWriter(file, table, true) : new ParquetTableWriter(file, table);
    }

    /** Parses {@code csv} or {@code parquet} (any case). */
    public static Format parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
