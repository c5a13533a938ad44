package org.bilatsim.agent;

import org.bilatsim.config.Source;
import org.bilatsim.economics.Productivity;
import org.bilatsim.economics.SupplyPrice;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One origin's side of a product market: its FOB price, trade cost and exporter firms.
 *
 * <p>Stepped at the start of the pricing phase, before its firms. With a finite export supply
 * elasticity Ex the origin's aggregate supply is {@code X0 (w/w0)^Ex} (an industry supply curve:
 * rising input and capacity costs; its capacity grows with the market's trend demand) and its price moves by a damped Newton step towards the price
 * at which that supply meets importers' demand ({@link SupplyPrice}); firm entry decides how many
 * firms share the volume, not the volume itself. With infinite Ex the FOB price stays at the world
 * price and volume is whatever importers demand.
 */
public final class OriginSupply implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Fraction of the Newton step taken each month (see {@link SupplyPrice}). */
    static final double PRICE_DAMPING = 0.5;

    private final String exporter;
    private final int index;
    private final double exportSupplyElasticity;
    private final double demandElasticityBound;
    private final double baseVolume;
    private final double baseFobPriceUsd;
    private final double baseFixedCostUsd;
    /** Supply capacity grows with trend demand (balanced growth), so growth alone does not raise prices. */
    private final double supplyGrowthPerYear;
    private ExporterFirm[] firms = new ExporterFirm[0];
    /** Unit cost of the firm of each rank, US$ per unit (cold data: see {@link #unitCostOf}). */
    private double[] unitCosts = new double[0];
    /** The rank the next firm to ask for its unit cost this month is expected to have. */
    private int nextAsking;

    private double fobPriceUsd;
    private double tradeCost;
    private final double baseTradeCost;
    /** Log of the product of the trade-cost factors in force. */
    private double logTradeCostFactor;
    private boolean tradeCostInBound = true;
    private double fixedCostFactor = 1;
    private double expectedVolume;
    private double servingWeight;
    private int servingCount;
    private double exportedVolume;

    OriginSupply(Source source, int index, double sigma, double importDemandElasticity, double demandGrowthPerYear) {
        this.exporter = source.exporter();
        this.index = index;
        this.exportSupplyElasticity = source.exportSupplyElasticity();
        // The own-price elasticity of a CES origin's demand lies between Em and -sigma.
        this.demandElasticityBound = Math.max(sigma, -importDemandElasticity);
        this.supplyGrowthPerYear = demandGrowthPerYear;
        this.baseVolume = source.baseVolume() / 12;
        this.baseFobPriceUsd = source.baseFobPriceUsd();
        this.baseFixedCostUsd = source.exporters().fixedCostUsdPerMonth();
        this.fobPriceUsd = baseFobPriceUsd;
        this.tradeCost = source.tradeCost();
        this.baseTradeCost = source.tradeCost();
        this.expectedVolume = baseVolume;
    }

    /**
     * Creates the firms, most productive first: rank j has the j-th largest productivity. They are
     * created in rank order, so that stepping them walks memory in order.
     *
     * @param sortedAscending the firms' productivities, in ascending order
     */
    void createFirms(double[] sortedAscending, double sigma, double costShare) {
        int n = sortedAscending.length;
        firms = new ExporterFirm[n];
        unitCosts = new double[n];
        for (int j = 0; j < n; j++) {
            double productivity = sortedAscending[n - 1 - j];
            firms[j] = new ExporterFirm(this, Productivity.salesWeight(productivity, sigma));
            unitCosts[j] = Productivity.unitCost(baseFobPriceUsd, costShare, productivity);
        }
    }

    /**
     * The pricing phase for this origin: its price step, then each of its exporters in productivity
     * order. The loop over a final class's array is one monomorphic call site, which the JIT inlines:
     * the same order as a MASON {@code Sequence} of the firms, without a megamorphic call per firm.
     */
    @Override
    public void step(SimState state) {
        updatePrice(state);
        for (ExporterFirm firm : firms) {
            firm.step(state);
        }
    }

    /** The price step alone (when the firms are scheduled one by one, the textbook way). */
    Steppable priceStep() {
        return this::updatePrice;
    }

    private void updatePrice(SimState state) {
        if (!Double.isInfinite(exportSupplyElasticity)) {
            long month = state == null ? 0 : state.schedule.getSteps();
            double capacity = baseVolume * Math.pow(1 + supplyGrowthPerYear, month / 12.0);
            double supply = SupplyPrice.supply(capacity, baseFobPriceUsd, fobPriceUsd, exportSupplyElasticity);
            fobPriceUsd = SupplyPrice.dampedUpdate(fobPriceUsd, expectedVolume, supply, exportSupplyElasticity,
                    demandElasticityBound, PRICE_DAMPING);
        }
        servingWeight = 0;
        servingCount = 0;
        nextAsking = 0;
    }

    /** Decides the serving firms outside the schedule (set-up), with the current expected volume. */
    void decideFirms() {
        step(null);
    }

    /**
     * The unit cost of a firm of this origin, US$ per unit. The firms that ask in a month are those
     * whose revenue could cover the fixed cost: the most productive ones, asking in rank order, so
     * the asker is expected to be the firm of the next rank; if it is not (rounding can, in
     * principle, let a firm further down pass where one above it did not), it is looked up.
     */
    double unitCostOf(ExporterFirm firm) {
        int rank = nextAsking;
        if (rank >= firms.length || firms[rank] != firm) {
            rank = rankOf(firm, rank);
        }
        nextAsking = rank + 1;
        return unitCosts[rank];
    }

    /** The firm's place in the array, searched from the expected rank on (firms ask in rank order). */
    private int rankOf(ExporterFirm firm, int expected) {
        int n = firms.length;
        for (int k = 0; k < n; k++) {
            int rank = (expected + k) % n;
            if (firms[rank] == firm) {
                return rank;
            }
        }
        throw new IllegalArgumentException("not a firm of " + exporter);
    }

    /** Profit of the most productive firm if it alone served the expected volume, US$ per month. */
    double bestFirmProfitAt(double volume) {
        return Productivity.profit(fobPriceUsd, unitCosts[0], volume, fixedCostUsdPerMonth());
    }

    void addServing(double weight) {
        servingWeight += weight;
        servingCount++;
    }

    /**
     * Splits the shipped volume among serving firms by sales weight. The serving firms are a prefix
     * of the productivity ranking (see {@link ExporterFirm}), so only that prefix is visited. The sum
     * of what the firms booked ({@link #exportedVolume}) is checked against the importers' books in
     * accounting.
     */
    void ship(double volume) {
        double booked = 0;
        for (int j = 0; j < servingCount; j++) {
            booked += firms[j].ship(volume, servingWeight);
        }
        exportedVolume = booked;
    }

    /** Volume the origin's firms booked as shipped this month, product units. */
    double exportedVolume() {
        return exportedVolume;
    }

    /** Records the notional demand of importers, which firms expect next month. */
    void expectVolume(double volume) {
        expectedVolume = volume;
    }

    /**
     * Multiplies the trade cost in force. Successive events compound (10,000 events of 0.9 reach 0,
     * and 1/0 at their expiry) and a cost near 0 or infinity makes the CES price terms 0 or infinite,
     * so NaN: the product of the factors in force is kept as a sum of logarithms, and the cost used
     * stays within {@value #TRADE_COST_BOUND} times its base either way. Expiries still undo their
     * own factor exactly in the sum. Inside the bound, as every scenario is, the arithmetic is the
     * plain running product it always was.
     */
    void scaleTradeCost(double factor) {
        logTradeCostFactor += Math.log(factor);
        boolean inBound = Math.abs(logTradeCostFactor) <= LOG_TRADE_COST_BOUND;
        if (inBound && tradeCostInBound) {
            tradeCost *= factor;
        } else {
            tradeCost = baseTradeCost * Math.exp(Math.max(-LOG_TRADE_COST_BOUND,
                    Math.min(LOG_TRADE_COST_BOUND, logTradeCostFactor)));
        }
        tradeCostInBound = inBound;
    }

    /** How far events may move an origin's trade cost from its base, either way (a factor). */
    static final double TRADE_COST_BOUND = 100;
    private static final double LOG_TRADE_COST_BOUND = Math.log(TRADE_COST_BOUND);

    void scaleFixedCost(double factor) {
        fixedCostFactor *= factor;
    }

    public String exporter() {
        return exporter;
    }

    int index() {
        return index;
    }

    public double fobPriceUsd() {
        return fobPriceUsd;
    }

    public double tradeCost() {
        return tradeCost;
    }

    public double fixedCostUsdPerMonth() {
        return baseFixedCostUsd * fixedCostFactor;
    }

    double expectedVolume() {
        return expectedVolume;
    }

    double servingWeight() {
        return servingWeight;
    }

    public int servingCount() {
        return servingCount;
    }

    public boolean available() {
        return servingCount > 0;
    }

    public ExporterFirm[] firms() {
        return firms;
    }
}
