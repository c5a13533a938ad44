package org.bilatsim.chart;

/**
 * One row of a tornado chart: the outcome (e.g. two-way trade in 2035, US$) when the parameter is set
 * to the low and to the high end of its range, everything else at its base value.
 */
public record Sensitivity(String parameter, double low, double high) {
    public Sensitivity {
        if (parameter == null || parameter.isBlank()) {
            throw new IllegalArgumentException("a sensitivity needs a parameter name");
        }
    }

    /** |high − low|: the length of the tornado bar, used to sort the rows. */
    public double swing() {
        return Math.abs(high - low);
    }
}
