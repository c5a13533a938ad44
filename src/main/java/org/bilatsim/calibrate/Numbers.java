package org.bilatsim.calibrate;

/** Number parsing for the readers: finite decimals only, the problem located at the field. */
final class Numbers {
    private Numbers() {}

    static double number(CsvTable.Row row, int column, String allowed) {
        String text = row.get(column);
        if (!text.matches("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
            throw row.error(column, allowed);
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw row.error(column, allowed);
        }
        return value;
    }

    static double nonNegative(CsvTable.Row row, int column, String allowed) {
        double value = number(row, column, allowed);
        if (value < 0) {
            throw row.error(column, allowed);
        }
        return value;
    }
}
