package org.bilatsim.economics;

/**
 * Border and consumer prices.
 * <pre>
 *   customs (CIF) price = fob * tradeCost
 *   landed price        = fob * tradeCost * (1 + dutyRate)
 *   consumer price      = landed price * (1 + vatRate)       VAT on (customs value + duty)
 * </pre>
 * {@code tradeCost} is the CIF/FOB ratio (iceberg cost); {@code dutyRate} is the sum of the duty
 * layers (customs, regulatory, additional customs duty), each a fraction of customs value.
 */
public final class Prices {
    private Prices() {}

    public static double customsPrice(double fobPrice, double tradeCost) {
        return fobPrice * tradeCost;
    }

    public static double landedPrice(double fobPrice, double tradeCost, double dutyRate) {
        return fobPrice * tradeCost * (1 + dutyRate);
    }

    public static double consumerPrice(double fobPrice, double tradeCost, double dutyRate, double vatRate) {
        return landedPrice(fobPrice, tradeCost, dutyRate) * (1 + vatRate);
    }

    /** Duty collected on a shipment: rate times dutiable (customs) value. */
    public static double dutyRevenue(double dutyRate, double customsValue) {
        return dutyRate * customsValue;
    }
}
