package org.bilatsim.agent;

import ec.util.MersenneTwisterFast;
import java.time.YearMonth;
import org.bilatsim.config.Product;
import org.bilatsim.economics.Ces;
import org.bilatsim.economics.Prices;

/**
 * One import market (one importing country, one product) where importer firms meet the origins.
 * It posts landed prices at the start of the sourcing phase, gathers importers' orders, ships them in
 * the shipping phase, checks the accounting identities and records the month.
 *
 * <p>Per month: {@code level = D (1+g)^(t/12) exp(x_t - var/2)}, with the market-wide log demand
 * shock {@code x_t = rho x_(t-1) + sd e_t} and var its stationary variance, so the shock has mean 1.
 */
public final class ProductMarket {
    /** Relative tolerance of the accounting identities (rounding of sums over many firms). */
    static final double IDENTITY_TOLERANCE = 1e-9;

    private final Product product;
    private final Government government;
    /** This market's own streams: the market's demand shock, importers' own shocks, and policy outcomes. */
    private final MersenneTwisterFast shockRandom;

    private final MersenneTwisterFast importerShockRandom;
    private final MersenneTwisterFast policyRandom;
    private final double vatRate;
    private final OriginSupply[] origins;
    private ImporterFirm[] importers = new ImporterFirm[0];
    private double[] shareParameters;
    private double baseDemandLevel;
    /** The import composite's CES price index at base consumer prices, every origin served (welfare's reference). */
    private double basePriceIndex = Double.NaN;

    private final int n;
    private final double[] dutyRate;
    /** Each origin's line of the government's tariff schedule, asked for its rate twice a month. */
    private final TariffSchedule.Line[] dutyLines;

    private final double[] customsPrice;
    private final double[] landedPrice;
    private final double[] consumerPrice;
    private final boolean[] available;
    private final double[] notional;
    private final double[] ordered;
    private final double[] dutyPaid;
    private final double[] dutyCollected;
    private final boolean[] scratchAvailable;
    private final double[] scratchDesired;
    private final double[] scratchNotional;
    private YearMonth month;
    private double monthLevel;
    /** Unit demand by set of available origins (a bit mask), for the current month's prices. */
    private long[] cachedMasks = new long[4];

    private double[][] cachedUnits = new double[4][];
    private int cachedSets;
    /** Import value by origin for the last 12 months (a ring), US$. */
    private final double[][] lastYear;

    private int monthsRecorded;
    private double marketShock;

    ProductMarket(
            Product product,
            Government government,
            double vatRate,
            MersenneTwisterFast shockRandom,
            MersenneTwisterFast importerShockRandom,
            MersenneTwisterFast policyRandom) {
        this.product = product;
        this.shockRandom = shockRandom;
        this.importerShockRandom = importerShockRandom;
        this.policyRandom = policyRandom;
        this.government = government;
        this.vatRate = vatRate;
        this.n = product.sources().size();
        this.origins = new OriginSupply[n];
        for (int s = 0; s < n; s++) {
            origins[s] = new OriginSupply(
                    product.sources().get(s),
                    s,
                    product.substitutionElasticity(),
                    product.importDemandElasticity(),
                    product.demandGrowthPerYear());
        }
        dutyRate = new double[n];
        dutyLines = new TariffSchedule.Line[n];
        for (int s = 0; s < n; s++) {
            dutyLines[s] = government.dutyLine(product.key(), origins[s].exporter());
        }
        customsPrice = new double[n];
        landedPrice = new double[n];
        consumerPrice = new double[n];
        available = new boolean[n];
        notional = new double[n];
        ordered = new double[n];
        dutyPaid = new double[n];
        dutyCollected = new double[n];
        scratchAvailable = new boolean[n];
        scratchDesired = new double[n];
        scratchNotional = new double[n];
        lastYear = new double[12][n];
    }

    void calibrated(
            double[] shareParameters,
            double monthlyDemandLevel,
            ImporterFirm[] importers,
            double[] baseConsumerPrices) {
        this.shareParameters = shareParameters;
        this.baseDemandLevel = monthlyDemandLevel;
        this.importers = importers;
        this.basePriceIndex =
                Ces.priceIndex(shareParameters, baseConsumerPrices, null, product.substitutionElasticity());
    }

    /** Sourcing phase, first: the month's demand level and prices. */
    void postPrices(YearMonth month, int monthIndex) {
        MersenneTwisterFast random = shockRandom;
        this.month = month;
        var pop = product.importers();
        double sd = pop.marketShockSd();
        double multiplier = 1;
        if (sd > 0) {
            double rho = pop.marketShockPersistence();
            double variance = sd * sd / (1 - rho * rho);
            // The first month draws from the stationary distribution, so every month has mean 1.
            marketShock = monthIndex == 0
                    ? Math.sqrt(variance) * random.nextGaussian()
                    : rho * marketShock + sd * random.nextGaussian();
            multiplier = Math.exp(marketShock - 0.5 * variance);
        }
        monthLevel = baseDemandLevel * Math.pow(1 + product.demandGrowthPerYear(), monthIndex / 12.0) * multiplier;
        cachedSets = 0;
        for (int s = 0; s < n; s++) {
            OriginSupply origin = origins[s];
            dutyRate[s] = government.dutyRate(dutyLines[s], month);
            customsPrice[s] = Prices.customsPrice(origin.fobPriceUsd(), origin.tradeCost());
            landedPrice[s] = Prices.landedPrice(origin.fobPriceUsd(), origin.tradeCost(), dutyRate[s]);
            consumerPrice[s] = landedPrice[s] * (1 + vatRate);
            available[s] = origin.available();
            notional[s] = 0;
            ordered[s] = 0;
            dutyPaid[s] = 0;
        }
    }

    /** Consumer prices at set-up (before any month), for calibration. */
    double[] baseConsumerPrices(YearMonth start) {
        double[] prices = new double[n];
        for (int s = 0; s < n; s++) {
            OriginSupply origin = origins[s];
            double rate = government.dutyRate(product.key(), origin.exporter(), start);
            prices[s] = Prices.consumerPrice(origin.fobPriceUsd(), origin.tradeCost(), rate, vatRate);
        }
        return prices;
    }

    /**
     * An importer's purchases for the month: CES demand over the origins it knows and that are
     * served, then a partial step from last month's purchases towards it.
     */
    void source(ImporterFirm importer, double shock) {
        boolean[] aware = importer.aware();
        double level = monthLevel * importer.demandShare() * shock;
        boolean allServed = true;
        for (int s = 0; s < n; s++) {
            scratchAvailable[s] = aware[s] && available[s];
            allServed &= scratchAvailable[s] == aware[s];
        }
        double[] notionalPerUnit = unitDemand(aware);
        double[] desiredPerUnit = allServed ? notionalPerUnit : unitDemand(scratchAvailable);
        double adjustment = product.importers().adjustmentPerMonth();
        double[] volumes = importer.volumes();
        for (int s = 0; s < n; s++) {
            scratchNotional[s] = level * notionalPerUnit[s];
            scratchDesired[s] = level * desiredPerUnit[s];
        }
        double[] desired = scratchDesired;
        for (int s = 0; s < n; s++) {
            notional[s] += scratchNotional[s];
            volumes[s] = scratchAvailable[s] ? volumes[s] + adjustment * (desired[s] - volumes[s]) : 0;
            ordered[s] += volumes[s];
            dutyPaid[s] += volumes[s] * (landedPrice[s] - customsPrice[s]);
        }
    }

    /**
     * CES demand per unit of demand level for buyers who can buy from the origins in {@code from}.
     * Demand is linear in the level and every importer faces the month's prices, so the result
     * depends only on the set of origins: it is computed once per set and month, not per importer.
     */
    private double[] unitDemand(boolean[] from) {
        long mask = 0;
        for (int s = 0; s < n; s++) {
            mask |= from[s] ? 1L << s : 0;
        }
        for (int k = 0; k < cachedSets; k++) {
            if (cachedMasks[k] == mask) {
                return cachedUnits[k];
            }
        }
        double[] unit = new double[n];
        Ces.demand(
                shareParameters,
                consumerPrice,
                from,
                product.substitutionElasticity(),
                product.importDemandElasticity(),
                1.0,
                unit);
        if (cachedSets == cachedMasks.length) {
            cachedMasks = java.util.Arrays.copyOf(cachedMasks, 2 * cachedSets);
            cachedUnits = java.util.Arrays.copyOf(cachedUnits, 2 * cachedSets);
        }
        cachedMasks[cachedSets] = mask;
        cachedUnits[cachedSets++] = unit;
        return unit;
    }

    /** Sets an importer's purchases to its desired base-period demand (set-up). */
    void startAtDesired(ImporterFirm importer, double[] basePrices) {
        Ces.demand(
                shareParameters,
                basePrices,
                importer.aware(),
                product.substitutionElasticity(),
                product.importDemandElasticity(),
                baseDemandLevel * importer.demandShare(),
                importer.volumes());
    }

    /** Shipping phase: orders go to serving exporters; imports are declared to customs. */
    void ship() {
        for (int s = 0; s < n; s++) {
            OriginSupply origin = origins[s];
            origin.ship(ordered[s]);
            dutyCollected[s] = government.declare(dutyLines[s], month, ordered[s], ordered[s] * customsPrice[s]);
            origin.expectVolume(notional[s]);
        }
    }

    /**
     * Accounting phase: the origin's exports equal the importer's imports, and the duty the
     * government collected (rate times customs value) equals the duty importers paid in landed prices.
     *
     * @throws AccountingException when an identity fails
     */
    void checkIdentities(YearMonth month) {
        for (int s = 0; s < n; s++) {
            // The exporters' own books, as each serving firm booked its shipment.
            double exports = origins[s].exportedVolume() * customsPrice[s];
            double imports = ordered[s] * customsPrice[s];
            if (!close(exports, imports)) {
                throw new AccountingException(month + " " + product.key() + ": exports of " + origins[s].exporter()
                        + " (" + exports + " USD) differ from imports of " + product.importer() + " (" + imports
                        + " USD)");
            }
            if (!close(dutyCollected[s], dutyPaid[s])) {
                throw new AccountingException(month + " " + product.key() + ": duty collected (" + dutyCollected[s]
                        + " USD) differs from rate x dutiable value paid by importers (" + dutyPaid[s] + " USD)");
            }
        }
    }

    /** Accounting phase, after the checks: the month enters the 12-month history. */
    void remember() {
        double[] slot = lastYear[monthsRecorded % 12];
        for (int s = 0; s < n; s++) {
            slot[s] = ordered[s] * customsPrice[s];
        }
        monthsRecorded++;
    }

    /** Imports from origin {@code s} over the last 12 months (fewer at the start), US$. */
    double trailingYearImportsUsd(int s) {
        double total = 0;
        for (double[] slot : lastYear) {
            total += slot[s];
        }
        return total;
    }

    int monthsRecorded() {
        return monthsRecorded;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= IDENTITY_TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** Each importer that does not know origin {@code s} discovers it with probability {@code p}. */
    void discover(int s, double p) {
        for (ImporterFirm importer : importers) {
            if (!importer.aware()[s] && policyRandom.nextDouble() < p) {
                importer.aware()[s] = true;
            }
        }
    }

    Government government() {
        return government;
    }

    /** The generator of the importers' own demand shocks (the market's shock has its own). */
    MersenneTwisterFast importerShockRandom() {
        return importerShockRandom;
    }

    double importerShockSd() {
        return product.importers().importerShockSd();
    }

    public Product product() {
        return product;
    }

    public OriginSupply[] origins() {
        return origins;
    }

    public ImporterFirm[] importers() {
        return importers;
    }

    /** Imports from origin {@code s} in the last month, product units. */
    public double importedVolume(int s) {
        return ordered[s];
    }

    /** Imports from origin {@code s} in the last month at customs value, US$. */
    public double importedValueUsd(int s) {
        return ordered[s] * customsPrice[s];
    }

    /** Customs (CIF) unit value from origin {@code s} this month, US$ per unit. */
    public double customsPriceUsd(int s) {
        return customsPrice[s];
    }

    /** Duty-paid unit price from origin {@code s} this month (before VAT), US$ per unit. */
    public double landedPriceUsd(int s) {
        return landedPrice[s];
    }

    /** Duty rate on origin {@code s} this month, fraction. */
    public double dutyRate(int s) {
        return dutyRate[s];
    }

    /** Duty collected on origin {@code s} this month, US$. */
    public double dutyCollectedUsd(int s) {
        return dutyCollected[s];
    }

    /** VAT collected on origin {@code s}'s goods this month (rate times duty-paid value), US$. */
    public double vatCollectedUsd(int s) {
        return ordered[s] * landedPrice[s] * vatRate;
    }

    /**
     * The buyers' consumer surplus gained this month relative to the base period's prices, US$: the
     * compensating variation of the change of the import composite's CES price index from its base
     * value P0 to this month's P1 (over the origins served), for composite demand {@code Q = D P^Em}
     * at this month's demand level D, {@code D (P0^(1+Em) - P1^(1+Em)) / (1+Em)} ({@link
     * Ces#consumerSurplusChange}). It is 0 in a month with base prices, whatever the demand level.
     */
    public double consumerSurplusChangeUsd() {
        double index = Ces.priceIndex(shareParameters, consumerPrice, available, product.substitutionElasticity());
        return Ces.consumerSurplusChange(monthLevel, basePriceIndex, index, product.importDemandElasticity());
    }

    /** Producer surplus of origin {@code s}'s exporters in this market this month, US$ (see {@link OriginSupply}). */
    public double producerSurplusUsd(int s) {
        return origins[s].producerSurplusUsd(importedValueUsd(s));
    }

    OriginSupply origin(String exporter) {
        for (OriginSupply origin : origins) {
            if (origin.exporter().equals(exporter)) {
                return origin;
            }
        }
        return null;
    }
}
