package org.bilatsim.output;

/**
 * Writes the rows of one {@link Table}, field by field in column order, each value with the method of
 * its column's type; {@link #endRow} ends a row. Implementations stream: nothing but the current
 * row (and, in Parquet, the current row group) is held in memory.
 */
public interface TableWriter extends AutoCloseable {
    TableWriter string(String value);

    TableWriter int32(int value);

    TableWriter int64(long value);

    TableWriter float64(double value);

    void endRow();

    /** Finishes the file; an unchecked exception if it cannot be written. */
    @Override
    void close();
}
