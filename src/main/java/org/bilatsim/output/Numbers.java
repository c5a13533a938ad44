package org.bilatsim.output;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Locale-free, platform-free number text for CSV: 12 significant digits, plain notation. Twelve
 * digits keep every sum and price far beyond the precision of the inputs, and drop the binary
 * noise of averages (0.15 rather than 0.14999999999999997).
 */
public final class Numbers {
    private static final MathContext SIGNIFICANT = new MathContext(12);

    private Numbers() {
    }

    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }
}
