package org.bilatsim.agent;

import ec.util.MersenneTwisterFast;
import org.bilatsim.config.Source;
import org.bilatsim.economics.Productivity;
import org.bilatsim.economics.SupplyPrice;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One origin's side of a product market: its cost level, price index, trade cost and exporter firms.
 *
 * <p>The origin's firms are monopolistically competitive (see {@link Productivity}): each prices at a
 * markup over marginal cost, importers buy a CES composite of the serving firms' varieties, and the
 * origin's FOB price index falls as firms enter. Each month, in the pricing phase, the origin first
 * moves its cost level w: with a finite export supply elasticity Ex the origin's factor supply is
 * {@code X0 (w/w0)^Ex} (rising input and capacity costs; its capacity grows with the market's trend
 * demand), and w takes a damped Newton step towards the level at which that supply meets the inputs
 * the importers' demand needs ({@link SupplyPrice}); with infinite Ex, w stays at the base FOB price.
 * Then its firms decide, in productivity order, whether to serve, given the origin's expected revenue
 * (last month's notional demand at last month's customs value), and the price index follows from the
 * serving set. Fixed costs are paid in US$, outside the factor supply, and grow with the market's
 * trend demand like the supply capacity (balanced growth: ASSUMPTION, so that growth alone does not
 * favour the origins modelled with firms over the aggregate ones).
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
    /** Within-origin elasticity sigmaF between the varieties of this origin's firms. */
    private final double sigmaF;
    /** Supply capacity grows with trend demand (balanced growth), so growth alone does not raise prices. */
    private final double supplyGrowthPerYear;

    private final ExporterPopulationSetting population;
    private ExporterFirm[] firms = new ExporterFirm[0];
    /** The firms' moving productivities and serving states, or null when productivities are fixed. */
    private FirmShocks shocks;
    /** Fixed cost of serving, US$ per month, before lever factors (given, or solved at set-up). */
    private double baseFixedCostUsd;
    /** Sales weight of the firms serving in the base period: W_0 of the price index. */
    private double baseServingWeight = Double.NaN;

    /** Cost level w, US$ per unit: the FOB price index with the base set of firms. */
    private double costLevelUsd;

    private double fobPriceUsd;
    private double tradeCost;
    private final double baseTradeCost;
    /** Log of the product of the trade-cost factors in force. */
    private double logTradeCostFactor;

    private boolean tradeCostInBound = true;
    private double fixedCostFactor = 1;
    /** Trend demand this month relative to the base, (1+g)^(t/12). */
    private double trend = 1;

    private double expectedVolume;
    /**
     * The origin's expected revenue this month, US$: last month's notional demand at its customs
     * value (with iceberg trade costs the exporter is paid the value sold, before duty).
     */
    private double expectedRevenueUsd;
    /** Revenue a firm that served last month must expect to stay: sigmaF times the fixed cost, US$ per month. */
    private double stayRevenueUsd;
    /**
     * Revenue a firm that did not serve must expect to start: sigmaF times the fixed cost plus the
     * sunk cost annualised at the monthly rate (the band of inaction lies between the two).
     */
    private double entryRevenueUsd;
    /** Firms that served last month: the first ones of the ranking. */
    private int incumbents;
    /** Firms that have decided so far this month (the next to decide has this rank). */
    private int decided;
    /** Firms that started to serve this month (and paid the sunk cost). */
    private int entrants;

    private boolean sunkCostTooLarge;
    private double servingWeight;
    private int servingCount;
    private double exportedVolume;

    /** The exporter population's settings the origin needs, resolved against the market's sigma. */
    record ExporterPopulationSetting(
            int active, double fixedCostUsdPerMonth, double sunkCostUsd, double monthlyDiscountRate) {}

    OriginSupply(Source source, int index, double sigma, double importDemandElasticity, double demandGrowthPerYear) {
        this.exporter = source.exporter();
        this.index = index;
        this.exportSupplyElasticity = source.exportSupplyElasticity();
        // The own-price elasticity of a CES origin's demand lies between Em and -sigma.
        this.demandElasticityBound = Math.max(sigma, -importDemandElasticity);
        this.supplyGrowthPerYear = demandGrowthPerYear;
        this.baseVolume = source.baseVolume() / 12;
        this.baseFobPriceUsd = source.baseFobPriceUsd();
        this.sigmaF = source.exporters().withinOriginElasticity(sigma);
        this.population = new ExporterPopulationSetting(
                source.exporters().activeExporters(),
                source.exporters().fixedCostUsdPerMonth(),
                source.exporters().sunkCostUsd(),
                source.exporters().monthlyDiscountRate());
        this.baseFixedCostUsd = population.fixedCostUsdPerMonth();
        this.costLevelUsd = baseFobPriceUsd;
        this.fobPriceUsd = baseFobPriceUsd;
        this.tradeCost = source.tradeCost();
        this.baseTradeCost = source.tradeCost();
        this.expectedVolume = baseVolume;
        this.expectedRevenueUsd = baseVolume * source.basePriceUsd();
    }

    /**
     * Creates the firms, most productive first: rank j has the j-th largest productivity. They are
     * created in rank order, so that stepping them walks memory in order.
     *
     * @param sortedAscending the firms' productivities, in ascending order
     */
    void createFirms(double[] sortedAscending) {
        int n = sortedAscending.length;
        firms = new ExporterFirm[n];
        for (int j = 0; j < n; j++) {
            firms[j] = new ExporterFirm(this, Productivity.salesWeight(sortedAscending[n - 1 - j], sigmaF));
        }
    }

    /**
     * Gives the firms idiosyncratic AR(1) productivity shocks (after {@link #createFirms}): from now on
     * each firm carries its own serving state and current productivity ({@link FirmShocks}).
     *
     * @param random the origin's own stream of productivity shocks
     */
    void shockProductivity(double persistence, double sd, MersenneTwisterFast random) {
        shocks = new FirmShocks(salesWeights(), sigmaF, persistence, sd, random);
    }

    /** Whether the firms' productivities move (and they decide as one, not one by one). */
    boolean hasShocks() {
        return shocks != null;
    }

    /** The firms' moving productivities and serving states, or null without shocks. */
    FirmShocks shocks() {
        return shocks;
    }

    /**
     * The pricing phase for this origin: its cost step, then each of its exporters in productivity
     * order, then its price index. The loop over a final class's array is one monomorphic call site,
     * which the JIT inlines: the same order as a MASON {@code Sequence} of the firms, without a
     * megamorphic call per firm.
     */
    @Override
    public void step(SimState state) {
        updatePrice(state);
        if (shocks == null) {
            // Without shocks the firms are in descending order of weight and a firm's expected revenue
            // rises with its weight, while the threshold of a later rank is never lower (incumbents
            // first, then entrants): once a firm declines, every later one would too. Stopping there
            // is exact and skips the ~94 % of potential firms that never serve in the default scenario.
            for (ExporterFirm firm : firms) {
                int before = servingCount;
                firm.step(state);
                if (servingCount == before) {
                    break;
                }
            }
        } else {
            servingCount = shocks.advanceAndDecide(expectedRevenueUsd, stayRevenueUsd, entryRevenueUsd);
            servingWeight = shocks.servingWeight();
            entrants = shocks.entrants();
        }
        settlePriceIndex();
    }

    /** The cost step alone (when the firms are scheduled one by one, the textbook way). */
    Steppable priceStep() {
        return this::updatePrice;
    }

    /** The price index step alone, after the firms (when they are scheduled one by one). */
    Steppable indexStep() {
        return state -> settlePriceIndex();
    }

    private void updatePrice(SimState state) {
        long month = state == null ? 0 : state.schedule.getSteps();
        // Balanced growth: capacity and the fixed cost of serving grow with trend demand, so growth
        // alone neither raises prices nor brings entry (the aggregate origins have no firms to add).
        trend = supplyGrowthPerYear == 0 ? 1 : Math.pow(1 + supplyGrowthPerYear, month / 12.0);
        if (!Double.isInfinite(exportSupplyElasticity)) {
            double capacity = baseVolume * Math.pow(1 + supplyGrowthPerYear, month / 12.0);
            double supply = SupplyPrice.supply(capacity, baseFobPriceUsd, costLevelUsd, exportSupplyElasticity);
            // Inputs the expected demand needs: the composite volume deflated by the variety gain
            // (fobPrice / costLevel = (W/W_0)^(1/(1-sigmaF)), exactly 1 with the base set of firms).
            double inputs = fobPriceUsd == costLevelUsd ? expectedVolume : expectedVolume * fobPriceUsd / costLevelUsd;
            costLevelUsd = SupplyPrice.dampedUpdate(
                    costLevelUsd, inputs, supply, exportSupplyElasticity, demandElasticityBound, PRICE_DAMPING);
        }
        incumbents = servingCount;
        servingWeight = 0;
        servingCount = 0;
        decided = 0;
        entrants = 0;
        stayRevenueUsd = sigmaF * fixedCostUsdPerMonth() * trend;
        entryRevenueUsd =
                sigmaF * (fixedCostUsdPerMonth() + population.sunkCostUsd() * population.monthlyDiscountRate()) * trend;
    }

    /** With productivity shocks: the serving set for this month's thresholds, all firms at once. */
    private void decideShocked() {
        servingCount = shocks.decide(expectedRevenueUsd, stayRevenueUsd, entryRevenueUsd);
        servingWeight = shocks.servingWeight();
        entrants = shocks.entrants();
    }

    private void settlePriceIndex() {
        // With no firm serving, the origin has no varieties and its price index is undefined
        // (infinite): it is unavailable to importers this month and its last price stands as its quote.
        if (servingWeight > 0) {
            fobPriceUsd = Productivity.originPriceIndex(costLevelUsd, servingWeight, baseServingWeight, sigmaF);
        }
    }

    /**
     * Decides the serving firms of the base period (set-up). The base period is taken as a state in
     * which entry has stopped: the firms serving are those whose operating profit covers the fixed
     * cost plus the annualised sunk cost (the entry threshold). With a calibrated number of active
     * exporters the entry threshold is solved so that exactly that many serve, and the fixed cost is
     * that threshold less the annualised sunk cost (at least 0): firms below the entry threshold but
     * above the exit one stay out until something lets them in, and then they stay (hysteresis).
     */
    void decideBaseFirms() {
        double annualisedSunkCost = population.sunkCostUsd() * population.monthlyDiscountRate();
        double[] baseWeights = shocks == null ? salesWeights() : shocks.weightsDescending();
        if (population.active() > 0) {
            double entryThreshold =
                    Productivity.calibratedFixedCost(baseWeights, population.active(), expectedRevenueUsd, sigmaF);
            baseFixedCostUsd = Math.max(0, entryThreshold - annualisedSunkCost);
            sunkCostTooLarge = population.active() < firms.length && annualisedSunkCost > entryThreshold;
        }
        updatePrice(null);
        incumbents = 0;
        entryRevenueUsd = population.active() > 0 && population.active() < firms.length
                ? sigmaF
                        * Productivity.calibratedFixedCost(baseWeights, population.active(), expectedRevenueUsd, sigmaF)
                : sigmaF * (fixedCostUsdPerMonth() + annualisedSunkCost);
        if (shocks == null) {
            for (ExporterFirm firm : firms) {
                firm.step(null);
            }
        } else {
            shocks.clearServing();
            stayRevenueUsd = entryRevenueUsd;
            decideShocked();
        }
        entrants = 0;
        baseServingWeight = servingWeight;
        settlePriceIndex();
    }

    void addServing(double weight) {
        if (servingCount >= incumbents) {
            entrants++;
        }
        servingWeight += weight;
        servingCount++;
    }

    /**
     * Splits the shipped volume among serving firms by sales weight (a firm's revenue share). The
     * serving firms are a prefix of the productivity ranking (see {@link ExporterFirm}), so only that
     * prefix is visited. The sum of what the firms booked ({@link #exportedVolume}) is checked against
     * the importers' books in accounting.
     */
    void ship(double volume) {
        if (shocks != null) {
            exportedVolume = shocks.ship(volume, servingWeight);
            return;
        }
        double booked = 0;
        for (int j = 0; j < servingCount; j++) {
            booked += firms[j].ship(volume, servingWeight);
        }
        exportedVolume = booked;
    }

    /**
     * The producer surplus of this origin's exporters in this market this month, US$: their operating
     * profit, revenue / sigmaF (revenue at customs value, iceberg), less the fixed costs of the serving
     * firms and the sunk costs of this month's entrants (a level), plus the change of the factor
     * owners' rent on the origin's supply curve relative to the base cost level w0 (terms of trade;
     * zero with infinite Ex): {@code X_t tau w0 ((w/w0)^(Ex+1) - 1) / (Ex+1)}, the integral of the
     * supply {@code X_t (v/w0)^Ex} over v from w0 to w, at this month's capacity X_t, valued at customs
     * value (trade cost tau) as the firms are paid.
     *
     * @param revenueUsd the origin's sales in the market this month at customs value, US$
     */
    double producerSurplusUsd(double revenueUsd) {
        double firmsNet =
                revenueUsd / sigmaF - servingCount * fixedCostUsdPerMonth() * trend - entrants * sunkCostUsd();
        if (Double.isInfinite(exportSupplyElasticity)) {
            return firmsNet;
        }
        double capacity = baseVolume * trend;
        double ratio = costLevelUsd / baseFobPriceUsd;
        // Valued at customs value, as the firms are paid (iceberg trade costs): w0 times the trade cost.
        double rent = capacity
                * baseFobPriceUsd
                * tradeCost
                * (Math.pow(ratio, exportSupplyElasticity + 1) - 1)
                / (exportSupplyElasticity + 1);
        return firmsNet + rent;
    }

    /** Volume the origin's firms booked as shipped this month, product units. */
    double exportedVolume() {
        return exportedVolume;
    }

    /** Records the notional demand of importers, which firms expect next month, at this month's price. */
    void expectVolume(double volume) {
        expectedVolume = volume;
        // Iceberg trade costs: the firms' revenue is the value sold, at customs (CIF) value, before duty.
        expectedRevenueUsd = volume * fobPriceUsd * tradeCost;
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
            tradeCost = baseTradeCost
                    * Math.exp(Math.max(-LOG_TRADE_COST_BOUND, Math.min(LOG_TRADE_COST_BOUND, logTradeCostFactor)));
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

    /** The origin's FOB price index this month, US$ per unit of its composite. */
    public double fobPriceUsd() {
        return fobPriceUsd;
    }

    /** The origin's cost level w, US$ per unit (moves along the factor supply curve). */
    public double costLevelUsd() {
        return costLevelUsd;
    }

    public double tradeCost() {
        return tradeCost;
    }

    public double fixedCostUsdPerMonth() {
        return baseFixedCostUsd * fixedCostFactor;
    }

    /** The fixed cost before any lever's factor: as configured, or as solved from activeExporters. */
    public double baseFixedCostUsdPerMonth() {
        return baseFixedCostUsd;
    }

    /** The within-origin elasticity sigmaF. */
    public double withinOriginElasticity() {
        return sigmaF;
    }

    double expectedVolume() {
        return expectedVolume;
    }

    double expectedRevenueUsd() {
        return expectedRevenueUsd;
    }

    /**
     * The revenue the next firm to decide (firms decide in rank order) must expect in order to serve:
     * the stay threshold if it served last month, the higher entry threshold if not.
     */
    double thresholdForNext() {
        return decided++ < incumbents ? stayRevenueUsd : entryRevenueUsd;
    }

    /**
     * Whether the annualised sunk cost exceeds the operating profit at which the calibrated count of
     * active exporters stops entering: no fixed cost of 0 or more reproduces that count.
     */
    boolean sunkCostTooLarge() {
        return sunkCostTooLarge;
    }

    /** Firms that started to serve this month. */
    public int entrants() {
        return entrants;
    }

    /** The sunk cost of starting to serve, US$ (trend-adjusted like the fixed cost). */
    public double sunkCostUsd() {
        return population.sunkCostUsd() * trend;
    }

    /** The trend of the market's demand this month relative to the base, (1+g)^(t/12). */
    double trend() {
        return trend;
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

    /** The firms' sales weights phi^(sigmaF-1), largest first (a copy). */
    public double[] salesWeights() {
        double[] weights = new double[firms.length];
        for (int j = 0; j < weights.length; j++) {
            weights[j] = firms[j].weight();
        }
        return weights;
    }
}
