package org.bilatsim.output;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Locale-free, platform-free number text for CSV: 12 significant digits, plain notation. Twelve
 * digits keep every sum and price far beyond the precision of the inputs, and drop the binary
 * noise of averages (0.15 rather than 0.14999999999999997).
 *
 * <p>The text is that of the double's exact decimal value rounded half-up to 12 significant digits
 * ({@link BigDecimal}, {@code MathContext(12)}), trailing zeros stripped. A {@code BigDecimal} per
 * number made the output files of a 10,000-market run a fifth of its CPU time, so the common case
 * scales by an exactly representable power of ten in double arithmetic instead: the product is
 * within 2<sup>-53</sup> relative, i.e. 1.2e-4 of a unit in the 12th digit, so whenever the
 * fraction beyond the 12th digit is more than 1e-3 from one half the rounding is the exact one.
 * Near a tie, outside the range of exact powers of ten and for subnormals it falls back to
 * {@code BigDecimal} (NumbersTest checks both agree on millions of doubles).
 */
public final class Numbers {
    private static final MathContext SIGNIFICANT = new MathContext(12);
    /** 10^0 .. 10^22, every one exactly representable as a double. */
    private static final double[] POWERS = new double[23];
    /** How far from one half (in units of the 12th digit) the fast rounding is trusted. */
    private static final double TIE_MARGIN = 1e-3;

    static {
        double p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    private Numbers() {}

    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String fast = fastFormat(value);
        return fast != null ? fast : exactFormat(value);
    }

    /** The reference: the exact value rounded by {@code BigDecimal}. */
    static String exactFormat(double value) {
        String text =
                new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    /** The same text by double arithmetic, or null where that is not certain to be exact. */
    private static String fastFormat(double value) {
        double magnitude = Math.abs(value);
        if (magnitude < 1e-10 || magnitude >= 1e33) {
            return null;
        }
        // k digits after the decimal point make 12 significant digits: magnitude * 10^k in [1e11, 1e12).
        int k = 11 - (int) Math.floor(Math.log10(magnitude));
        double scaled = scale(magnitude, k);
        if (scaled >= 1e12) {
            k--;
            scaled = scale(magnitude, k);
        } else if (scaled < 1e11) {
            k++;
            scaled = scale(magnitude, k);
        }
        if (Math.abs(k) >= POWERS.length || scaled < 1e11 + 1 || scaled >= 1e12 - 1) {
            return null;
        }
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        if (Math.abs(fraction - 0.5) <= TIE_MARGIN) {
            return null;
        }
        long digits = (long) floor + (fraction > 0.5 ? 1 : 0);
        while (digits % 10 == 0) {
            digits /= 10;
            k--;
        }
        return plain(value < 0, Long.toString(digits), k);
    }

    private static double scale(double magnitude, int k) {
        if (Math.abs(k) >= POWERS.length) {
            return Double.NaN;
        }
        return k >= 0 ? magnitude * POWERS[k] : magnitude / POWERS[-k];
    }

    /** {@code digits} × 10^-scale in plain notation, as {@code BigDecimal.toPlainString} writes it. */
    private static String plain(boolean negative, String digits, int scale) {
        StringBuilder out = new StringBuilder(digits.length() + Math.abs(scale) + 3);
        if (negative) {
            out.append('-');
        }
        int length = digits.length();
        if (scale <= 0) {
            out.append(digits);
            for (int i = 0; i < -scale; i++) {
                out.append('0');
            }
        } else if (scale >= length) {
            out.append("0.");
            for (int i = 0; i < scale - length; i++) {
                out.append('0');
            }
            out.append(digits);
        } else {
            out.append(digits, 0, length - scale).append('.').append(digits, length - scale, length);
        }
        return out.toString();
    }
}
