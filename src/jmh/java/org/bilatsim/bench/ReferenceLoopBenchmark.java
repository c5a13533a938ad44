package org.bilatsim.bench;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.bilatsim.economics.Calibration;
import org.bilatsim.economics.Ces;
import org.bilatsim.economics.Prices;
import org.bilatsim.economics.Productivity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The month of {@code ModelBenchmarks.oneMonthOfOneMarket} written by hand in primitive arrays, with
 * no agents, no schedule and no objects per firm: the floor the agent model is measured against.
 * It does the model's arithmetic for as many agents, drawn from the same distributions (not the same
 * draws: its serving prefix is 68-85 firms where the model's is 59-68), in the same synthetic market
 * ({@code SyntheticScenario}, one product, no trend growth): duty and prices per origin; every
 * exporter's entry decision in productivity order, up to the first that declines (as the model); the market shock and each importer's lognormal
 * shock (the same generator); CES unit demand once per set of known origins, scaled per importer,
 * with partial adjustment; orders split among the serving prefix, which books them; duty collected
 * against duty paid; the month's market figures recorded. Where the model is clever (unit demand
 * per set of origins, only the serving prefix shipped), so is this loop.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// As the launcher: Serial GC and huge pages (the reasons are in the bilatsim script). Unlike the
// launcher the forks ask for huge pages unconditionally; on a kernel without them the JVM warns.
@Fork(
        value = 1,
        jvmArgsAppend = {"-XX:+UseSerialGC", "-XX:+UseTransparentHugePages"})
@State(Scope.Thread)
public class ReferenceLoopBenchmark {
    @Param({"100000"})
    public int exporters;

    @Param({"1000"})
    public int importers;

    // The synthetic market (SyntheticScenario): Pakistan with the exporter firms, ROW with one.
    static final double SIGMA = 4.4;
    static final double EM = -1.0;
    static final double VAT = 0.18;
    static final double DUTY = 0.15;
    static final double ADJUSTMENT = 0.2;
    static final double IMPORTER_SD = 0.1;
    static final double MARKET_SD = 0.04;
    static final double MARKET_RHO = 0.8;
    /** US$ per month: Pakistan's firms 500, the aggregate rest of the world none (the config default). */
    static final double[] FIXED_COST = {500, 0};

    static final double[] BASE_VALUE = {1_800_000, 48_800_000};
    static final double[] BASE_PRICE = {801, 912};
    static final double TRADE_COST = 1.1;

    /** Exporters of each origin, by rank: sales weight phi^(sigmaF-1), with sigmaF = sigma. */
    double[][] weight = new double[2][];

    int[] servingCount = new int[2];
    double[] servingWeight = new double[2];
    double[] fob = new double[2];
    double[] expected = new double[2];

    /** Importers: demand share, known origins as a bit mask, purchases by origin (flattened). */
    double[] demandShare;

    int[] known;
    double[] volume;

    double[] shareParameters;
    double demandLevel;
    MersenneTwisterFast random = new MersenneTwisterFast(1);
    double marketShock;
    int month;

    double[] customs = new double[2];
    double[] landed = new double[2];
    double[] consumer = new double[2];
    double[] notional = new double[2];
    double[] ordered = new double[2];
    double[] dutyPaid = new double[2];
    double[] dutyCollected = new double[2];
    double[][] unitByMask = new double[4][2];
    boolean[] maskReady = new boolean[4];
    double[] recorded = new double[16];

    @Setup(Level.Trial)
    public void setUp() {
        MersenneTwisterFast setup = new MersenneTwisterFast(2);
        int[] firms = {exporters - 1, 1};
        for (int s = 0; s < 2; s++) {
            double[] phi = new double[firms[s]];
            for (int j = 0; j < phi.length; j++) {
                phi[j] = Productivity.paretoQuantile(setup.nextDouble(), 4);
            }
            Arrays.sort(phi);
            fob[s] = BASE_PRICE[s] / TRADE_COST;
            weight[s] = new double[phi.length];
            for (int j = 0; j < phi.length; j++) {
                weight[s][j] = Productivity.salesWeight(phi[phi.length - 1 - j], SIGMA);
            }
            expected[s] = BASE_VALUE[s] / BASE_PRICE[s] / 12;
        }
        demandShare = new double[importers];
        known = new int[importers];
        volume = new double[2 * importers];
        double total = 0;
        for (int i = 0; i < importers; i++) {
            demandShare[i] = Math.exp(setup.nextGaussian());
            total += demandShare[i];
            known[i] = 3;
        }
        double[] prices = new double[2];
        double[] volumes = new double[2];
        for (int s = 0; s < 2; s++) {
            prices[s] = Prices.consumerPrice(fob[s], TRADE_COST, DUTY, VAT);
            volumes[s] = expected[s];
        }
        Calibration.Result calibration =
                Calibration.calibrate(new double[] {1}, new boolean[][] {{true, true}}, prices, volumes, SIGMA, EM);
        shareParameters = calibration.shareParameters();
        demandLevel = calibration.demandLevel();
        for (int i = 0; i < importers; i++) {
            demandShare[i] /= total;
            volume[2 * i] = expected[0] * demandShare[i];
            volume[2 * i + 1] = expected[1] * demandShare[i];
        }
        setUpShocks();
    }

    // Productivity shocks on Pakistan's firms, as ModelBenchmarks.oneMonthWithProductivityShocks.
    static final double SHOCK_SD = 0.05;
    static final double SHOCK_RHO = 0.95;
    static final double LOG_MARGIN = 1e-6;

    /** Pakistan's firms with shocks: log permanent weight, log shock, serving, the month's candidates. */
    double[] logPermanentWeight;

    double[] logShock;
    boolean[] serving;
    int[] servingFirms;
    int[] candidate;
    double[] candidateKey;
    boolean[] candidateIncumbent;
    double[] currentWeight;
    double[] in;
    double[] out;
    double lastCut = Double.NaN;
    ZigguratSampler.NormalizedGaussian normal;

    /** The shocks' state (after {@link #setUp}: it reads Pakistan's permanent weights). */
    private void setUpShocks() {
        int n = weight[0].length;
        logPermanentWeight = new double[n];
        logShock = new double[n];
        serving = new boolean[n];
        servingFirms = new int[n];
        candidate = new int[n];
        candidateKey = new double[n];
        candidateIncumbent = new boolean[n];
        currentWeight = new double[n];
        in = new double[n];
        out = new double[n];
        normal = ZigguratSampler.NormalizedGaussian.of(new MersenneTwisterFast(3)::nextLong);
        double stationary = Productivity.stationaryShockSd(SHOCK_RHO, SHOCK_SD);
        for (int j = 0; j < n; j++) {
            logShock[j] = stationary * normal.sample();
            logPermanentWeight[j] = Math.log(weight[0][j]);
        }
    }

    @Benchmark
    public double oneMonthOfOneMarket() {
        decideInRankOrder(0);
        return restOfMonth(false);
    }

    /**
     * The month with Pakistan's firms' productivity shocks, as the model does it: every firm's AR(1)
     * step from a ziggurat normal on a MASON stream, a log-space test that passes over the firms whose
     * key is certainly below half last month's cut, the exact weight and key of the others, their keys
     * sorted and walked to the cut ({@code Productivity.firstFailingKey}), the serving firms' weight
     * summed and their shipments booked.
     */
    @Benchmark
    public double oneMonthWithProductivityShocks() {
        decideShocked();
        decideInRankOrder(1);
        return restOfMonth(true);
    }

    private void decideShocked() {
        double[] w0 = weight[0];
        double revenue = expected[0] * fob[0] * TRADE_COST;
        double stay = SIGMA * FIXED_COST[0];
        double entry = stay;
        double floor = lastCut > 0 && !Double.isInfinite(lastCut) ? lastCut / 2 : Double.NEGATIVE_INFINITY;
        double k = SIGMA - 1;
        double logIn = floor > 0 ? Math.log(floor) + Math.log(stay) - LOG_MARGIN : Double.NEGATIVE_INFINITY;
        double logOut = floor > 0 ? Math.log(floor) + Math.log(entry) - LOG_MARGIN : Double.NEGATIVE_INFINITY;
        // Locals, so that the loop reads no field after the sampler's call.
        ZigguratSampler.NormalizedGaussian e = normal;
        double[] shock = logShock;
        double[] logW0 = logPermanentWeight;
        boolean[] was = serving;
        int m = 0;
        for (int j = 0; j < w0.length; j++) {
            double z = SHOCK_RHO * shock[j] + SHOCK_SD * e.sample();
            shock[j] = z;
            boolean incumbent = was[j];
            if (!(logW0[j] + k * z < (incumbent ? logIn : logOut))) {
                m = candidate(j, w0[j] * Math.exp(k * z), incumbent ? stay : entry, incumbent, floor, m);
            }
        }
        double cut = Productivity.firstFailingKey(
                candidateKey, candidateIncumbent, m, revenue, stay, entry, 0, floor, in, out);
        while (Double.isNaN(cut) && floor != Double.NEGATIVE_INFINITY) {
            // Rare: the cut fell below the floor; collect again with a lower one (no draws).
            floor = Productivity.lowerFloor(floor);
            m = 0;
            for (int j = 0; j < w0.length; j++) {
                m = candidate(j, w0[j] * Math.exp(k * logShock[j]), serving[j] ? stay : entry, serving[j], floor, m);
            }
            cut = Productivity.firstFailingKey(
                    candidateKey, candidateIncumbent, m, revenue, stay, entry, 0, floor, in, out);
        }
        lastCut = Double.isNaN(cut) ? Double.NEGATIVE_INFINITY : cut;
        for (int c = 0; c < servingCount[0]; c++) {
            serving[servingFirms[c]] = false;
        }
        double sum = 0;
        int count = 0;
        for (int c = 0; c < m; c++) {
            if (candidateKey[c] > lastCut) {
                int j = candidate[c];
                serving[j] = true;
                servingFirms[count++] = j;
                sum += currentWeight[j];
            }
        }
        servingWeight[0] = sum;
        servingCount[0] = count;
    }

    /** Keeps firm j as candidate m if its key is at least the floor. */
    private int candidate(int j, double w, double threshold, boolean incumbent, double floor, int m) {
        currentWeight[j] = w;
        double key = w / threshold;
        if (key >= floor) {
            candidate[m] = j;
            candidateKey[m] = key;
            candidateIncumbent[m] = incumbent;
            return m + 1;
        }
        return m;
    }

    private void decideInRankOrder(int first) {
        // Pricing: the exporters decide in productivity order (infinite Ex: FOB prices stay).
        for (int s = first; s < 2; s++) {
            double[] w = weight[s];
            double revenueExpected = expected[s] * fob[s];
            double entryRevenue = SIGMA * FIXED_COST[s];
            double ahead = 0;
            int count = 0;
            for (int j = 0; j < w.length; j++) {
                // As the model: a firm serves while its share of the origin's revenue, over sigmaF,
                // covers the fixed cost; as the model, the first firm that declines ends the walk
                // (the later ones' share is smaller and their threshold the same).
                if (!(revenueExpected * w[j] / (ahead + w[j]) >= entryRevenue)) {
                    break;
                }
                ahead += w[j];
                count++;
            }
            servingWeight[s] = ahead;
            servingCount[s] = count;
        }
    }

    private double restOfMonth(boolean shocked) {
        // Sourcing: the market's level, the month's prices, then each importer.
        double variance = MARKET_SD * MARKET_SD / (1 - MARKET_RHO * MARKET_RHO);
        marketShock = month == 0
                ? Math.sqrt(variance) * random.nextGaussian()
                : MARKET_RHO * marketShock + MARKET_SD * random.nextGaussian();
        double level = demandLevel * Math.pow(1.0, month / 12.0) * Math.exp(marketShock - 0.5 * variance);
        int available = 0;
        for (int s = 0; s < 2; s++) {
            customs[s] = Prices.customsPrice(fob[s], TRADE_COST);
            landed[s] = Prices.landedPrice(fob[s], TRADE_COST, DUTY);
            consumer[s] = landed[s] * (1 + VAT);
            available |= servingCount[s] > 0 ? 1 << s : 0;
            notional[s] = 0;
            ordered[s] = 0;
            dutyPaid[s] = 0;
        }
        Arrays.fill(maskReady, false);
        for (int i = 0; i < demandShare.length; i++) {
            double shock = Math.exp(IMPORTER_SD * random.nextGaussian() - 0.5 * IMPORTER_SD * IMPORTER_SD);
            double scale = level * demandShare[i] * shock;
            int aware = known[i];
            int can = aware & available;
            double[] notionalUnit = unitDemand(aware);
            double[] desiredUnit = can == aware ? notionalUnit : unitDemand(can);
            for (int s = 0; s < 2; s++) {
                int k = 2 * i + s;
                boolean buys = (can & (1 << s)) != 0;
                notional[s] += scale * notionalUnit[s];
                volume[k] = buys ? volume[k] + ADJUSTMENT * (scale * desiredUnit[s] - volume[k]) : 0;
                ordered[s] += volume[k];
                dutyPaid[s] += volume[k] * (landed[s] - customs[s]);
            }
        }
        // Shipping: the serving prefix shares the orders by weight and books them; customs collects.
        double check = 0;
        for (int s = 0; s < 2; s++) {
            double booked = 0;
            if (shocked && s == 0) {
                for (int c = 0; c < servingCount[0]; c++) {
                    booked += ordered[0] * currentWeight[servingFirms[c]] / servingWeight[0];
                }
            } else {
                for (int j = 0; j < servingCount[s]; j++) {
                    booked += ordered[s] * weight[s][j] / servingWeight[s];
                }
            }
            dutyCollected[s] = Prices.dutyRevenue(DUTY, ordered[s] * customs[s]);
            expected[s] = notional[s];
            // Accounting: exports against imports, duty collected against duty paid.
            check += Math.abs(booked - ordered[s]) + Math.abs(dutyCollected[s] - dutyPaid[s]);
            // Recording: value, volume, FOB, landed, duty rate, duty, exporters, share.
            recorded[8 * s] = ordered[s] * customs[s];
            recorded[8 * s + 1] = ordered[s];
            recorded[8 * s + 2] = fob[s];
            recorded[8 * s + 3] = landed[s];
            recorded[8 * s + 4] = DUTY;
            recorded[8 * s + 5] = dutyCollected[s];
            recorded[8 * s + 6] = servingCount[s];
        }
        double total = recorded[0] + recorded[8];
        recorded[7] = recorded[0] / total;
        recorded[15] = recorded[8] / total;
        month++;
        return check + recorded[7];
    }

    private double[] unitDemand(int mask) {
        if (!maskReady[mask]) {
            boolean[] from = {(mask & 1) != 0, (mask & 2) != 0};
            Ces.demand(shareParameters, consumer, from, SIGMA, EM, 1.0, unitByMask[mask]);
            maskReady[mask] = true;
        }
        return unitByMask[mask];
    }
}
