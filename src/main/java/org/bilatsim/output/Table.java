package org.bilatsim.output;

import java.util.ArrayList;
import java.util.List;

/**
 * A table's columns and their types, declared once: the CSV header and the Parquet schema are both
 * made from it, so the two formats hold the same columns with the same types.
 *
 * @param name    the file name without its extension (annual, timeseries, products, ...)
 * @param columns in order
 */
public record Table(String name, List<Table.Column> columns) {
    /** How a column is typed in Parquet (CSV writes every type as text). */
    public enum Type {
        /** UTF-8 text, dictionary-encoded in Parquet. */
        STRING,
        /** 32-bit integer (replication, year). */
        INT32,
        /** 64-bit integer (seeds, below 2^53). */
        INT64,
        /** 64-bit floating point (values). */
        DOUBLE
    }

    public record Column(String name, Type type) {}

    public Table {
        columns = List.copyOf(columns);
    }

    /** A table from alternating names and types: {@code of("run", "scenario", STRING, "year", INT32)}. */
    public static Table of(String name, Object... namesAndTypes) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            columns.add(new Column((String) namesAndTypes[i], (Type) namesAndTypes[i + 1]));
        }
        return new Table(name, columns);
    }

    public String[] headers() {
        return columns.stream().map(Column::name).toArray(String[]::new);
    }
}
