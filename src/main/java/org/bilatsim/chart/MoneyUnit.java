package org.bilatsim.chart;

import java.util.Locale;

/** The display unit of US$ amounts on an axis or in a sentence. */
public enum MoneyUnit {
    MILLION(1e6, "US$ million", "million"),
    BILLION(1e9, "US$ billion", "billion");

    private final double divisor;
    private final String axisLabel;
    private final String word;

    MoneyUnit(double divisor, String axisLabel, String word) {
        this.divisor = divisor;
        this.axisLabel = axisLabel;
        this.word = word;
    }

    /** Billions when the largest absolute amount is at least US$10 billion, else millions. */
    public static MoneyUnit forMax(double maxAbsUsd) {
        return Math.abs(maxAbsUsd) >= 1e10 ? BILLION : MILLION;
    }

    public double divisor() {
        return divisor;
    }

    /** "US$ million" or "US$ billion". */
    public String axisLabel() {
        return axisLabel;
    }

    public double of(double usd) {
        return usd / divisor;
    }

    /**
     * An amount in words with three significant figures at most: "US$39.5 million", "US$2 billion",
     * "US$1.25 billion"; amounts from US$1 billion are written in billions.
     */
    public static String format(double usd) {
        if (Double.isNaN(usd)) {
            return "n/a";
        }
        double abs = Math.abs(usd);
        String sign = usd < 0 ? "−" : "";
        if (abs >= 1e9) {
            return sign + "US$" + sig3(abs / 1e9) + " billion";
        }
        if (abs >= 1e6) {
            return sign + "US$" + sig3(abs / 1e6) + " million";
        }
        if (abs >= 1e3) {
            return sign + "US$" + sig3(abs / 1e3) + " thousand";
        }
        return sign + "US$" + sig3(abs);
    }

    /** The amount in this unit, with 3 significant figures (at least one decimal below 10). */
    public String number(double usd) {
        return sig3(of(usd));
    }

    static String sig3(double v) {
        double abs = Math.abs(v);
        String s;
        if (abs >= 100) {
            s = String.format(Locale.ROOT, "%,.0f", v);
        } else if (abs >= 10) {
            s = String.format(Locale.ROOT, "%.1f", v);
        } else {
            s = String.format(Locale.ROOT, "%.2f", v);
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s;
    }

    @Override
    public String toString() {
        return word;
    }
}
