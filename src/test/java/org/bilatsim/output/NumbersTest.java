package org.bilatsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The number text of every CSV: the fast path gives exactly the text of the exact value rounded by
 * BigDecimal to 12 significant digits (the formatting the golden hashes were made with).
 */
class NumbersTest {
    /** The formatting before the fast path, kept verbatim as the reference. */
    private static String reference(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = new BigDecimal(value)
                .round(new MathContext(12))
                .stripTrailingZeros()
                .toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    private static void check(double value) {
        assertEquals(
                reference(value),
                Numbers.format(value),
                () -> "for " + value + " (bits " + Long.toHexString(Double.doubleToRawLongBits(value)) + ")");
    }

    private static void checkAround(double value) {
        double down = value;
        double up = value;
        for (int i = 0; i < 4; i++) {
            check(down);
            check(-down);
            check(up);
            check(-up);
            down = Math.nextDown(down);
            up = Math.nextUp(up);
        }
    }

    @Test
    void edgeCasesMatchTheBigDecimalText() {
        double[] edges = {
            0.0,
            -0.0,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE,
            Double.MIN_NORMAL,
            Double.MAX_VALUE,
            1e15,
            1e15 - 0.5,
            1e15 + 0.5,
            999999999999999.9,
            0.15,
            0.1 + 0.2,
            1.0 / 3,
            2.0 / 3,
            1e-10,
            1e33,
            9.9999999999995,
            99999999999.95,
            0.5,
            1.5,
            2.5e-7,
            123456789012.5,
            1234567890125.0e-3,
            4.35,
            0.000123456789012345
        };
        for (double value : edges) {
            checkAround(value);
        }
    }

    @Test
    void powersOfTenAndValuesThatRoundUpToThemMatch() {
        for (int e = -330; e <= 308; e++) {
            double power = Double.parseDouble("1e" + e);
            checkAround(power);
            checkAround(Double.parseDouble("9.999999999995e" + e));
            checkAround(Double.parseDouble("9.99999999999949e" + e));
            checkAround(Double.parseDouble("9.99999999999951e" + e));
            checkAround(Double.parseDouble("1.0000000000005e" + e));
        }
    }

    @Test
    void valuesNearTwelveDigitTiesMatch() {
        SplittableRandom random = new SplittableRandom(19);
        for (int i = 0; i < 20_000; i++) {
            long digits = 100_000_000_000L + random.nextLong(900_000_000_000L);
            int exponent = random.nextInt(-40, 40);
            // d1.d2...d12 5 × 10^exponent: a tie in decimal, never exactly one in binary but for a few.
            checkAround(Double.parseDouble(digits + "5e" + (exponent - 12)));
        }
    }

    @Test
    void randomDoublesMatch() {
        SplittableRandom random = new SplittableRandom(2026);
        for (int i = 0; i < 100_000; i++) {
            check(Double.longBitsToDouble(random.nextLong()));
        }
        for (int i = 0; i < 100_000; i++) {
            // The magnitudes of a run's outputs: prices, shares, US$ sums, tonnes.
            double value = Math.pow(10, random.nextDouble(-12, 16)) * (random.nextBoolean() ? 1 : -1);
            check(value);
            check(Math.rint(value));
            check(value / 7);
        }
        for (int i = 0; i < 100_000; i++) {
            check(Double.longBitsToDouble(random.nextLong(1L << 52)));
        }
    }
}
