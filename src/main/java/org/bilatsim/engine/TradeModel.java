package org.bilatsim.engine;

import ec.util.MersenneTwisterFast;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.bilatsim.agent.Clock;
import org.bilatsim.agent.Flow;
import org.bilatsim.agent.FlowAgent;
import org.bilatsim.agent.OriginSupply;
import org.bilatsim.agent.ProductMarket;
import org.bilatsim.agent.ProjectAgent;
import org.bilatsim.agent.RandomSource;
import org.bilatsim.agent.World;
import org.bilatsim.config.ScenarioConfig;
import sim.engine.Schedule;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The MASON model: one {@link SimState} per run. Each {@link Phase} is one {@code Sequence} of
 * agents scheduled every month with the phase's ordinal as its MASON ordering, so a month runs the
 * phases in enum order and the agents of a phase in a fixed order (MASON shuffles only steppables
 * that share a time and an ordering, and here no two do).
 *
 * <p>Random streams: every product market, contract and project has its own generators, one per
 * purpose (set-up, shocks, policy), seeded from the run seed and its name ({@link Seeds#forKey}).
 * MASON's own {@link SimState#random} draws nothing here.
 */
public final class TradeModel extends SimState implements Clock {
    private static final long serialVersionUID = 1L;

    /**
     * How agents go on MASON's schedule. {@link #SEQUENCE}: one {@code Sequence} per phase (the
     * default). {@link #INDIVIDUAL}: every agent scheduled on its own with its own ordering, the
     * textbook MASON way, kept to measure what the sequences save (same order, same results).
     */
    public enum Scheduling {
        SEQUENCE,
        INDIVIDUAL
    }

    private final ScenarioConfig config;
    private final transient ObservationSink sink;
    private final List<Phase> phaseTrace;
    private final Scheduling scheduling;
    private transient World world;
    /** By {@link Metric#ordinal}: whether the sink keeps the metric ({@link ObservationSink#metrics}). */
    private boolean[] kept;
    /** Whether the sink keeps a metric of the countries' welfare sums. */
    private boolean keepsWelfare;

    private final transient SetupMemo memo;

    /**
     * @param config     the scenario (its seed is the run seed)
     * @param sink       receives the observations of every month
     * @param tracePhases whether to keep the order in which phases ran (for tests)
     */
    public TradeModel(ScenarioConfig config, ObservationSink sink, boolean tracePhases) {
        this(config, sink, tracePhases, Scheduling.SEQUENCE);
    }

    public TradeModel(ScenarioConfig config, ObservationSink sink, boolean tracePhases, Scheduling scheduling) {
        this(config, sink, tracePhases, scheduling, null);
    }

    /**
     * @param memo where the set-up's seeded generators and productivity draws are kept between runs
     *     of the same seeds, or null to make them afresh (the same results either way)
     */
    public TradeModel(
            ScenarioConfig config, ObservationSink sink, boolean tracePhases, Scheduling scheduling, SetupMemo memo) {
        super(generator(memo, Seeds.stream(config.seed(), Seeds.SHOCK_STREAM)));
        this.memo = memo;
        this.config = config;
        this.sink = sink;
        this.phaseTrace = tracePhases ? new ArrayList<>() : null;
        this.scheduling = scheduling;
    }

    @Override
    public void start() {
        super.start();
        long seed = config.seed();
        world = World.build(config, randomSource(seed), this);
        kept = new boolean[Metric.values().length];
        for (Metric metric : sink.metrics()) {
            kept[metric.ordinal()] = true;
        }
        keepsWelfare = Metric.COUNTRY.stream().anyMatch(m -> kept[m.ordinal()]);
        welfare = null;
        unitsByMarket = null;
        int ordering = 0;
        for (Phase phase : Phase.values()) {
            List<Steppable> steps = switch (phase) {
                case POLICY -> world.policySteps();
                case PRICING -> world.pricingSteps(scheduling == Scheduling.SEQUENCE);
                case SOURCING -> world.sourcingSteps(scheduling == Scheduling.SEQUENCE);
                case SHIPPING -> world.shippingSteps();
                case ACCOUNTING -> world.accountingSteps();
                case RECORDING -> List.of(state -> record(currentMonth()));
            };
            if (scheduling == Scheduling.INDIVIDUAL) {
                for (Steppable step : steps) {
                    schedule.scheduleRepeating(Schedule.EPOCH, ordering++, step, 1.0);
                }
                continue;
            }
            Sequence sequence = new Sequence(steps.toArray(new Steppable[0]));
            Steppable phaseStep = phaseTrace == null
                    ? sequence
                    : state -> {
                        phaseTrace.add(phase);
                        sequence.step(state);
                    };
            schedule.scheduleRepeating(Schedule.EPOCH, phase.ordinal(), phaseStep, 1.0);
        }
    }

    private static MersenneTwisterFast generator(SetupMemo memo, long seed) {
        return memo == null ? Seeds.generator(seed) : memo.generator(seed);
    }

    /** The run's keyed streams ({@link Seeds#forKey}), through the memo when there is one. */
    private RandomSource randomSource(long seed) {
        if (memo == null) {
            return (purpose, key) -> Seeds.generator(Seeds.forKey(seed, purpose, key));
        }
        return new RandomSource() {
            @Override
            public MersenneTwisterFast generator(String purpose, String key) {
                return memo.generator(Seeds.forKey(seed, purpose, key));
            }

            @Override
            public double[] paretoStrata(String purpose, String key, int n, double shape) {
                long stream = Seeds.forKey(seed, purpose, key);
                return memo.paretoStrata(
                        stream, n, shape, () -> RandomSource.paretoStrata(Seeds.generator(stream), n, shape));
            }
        };
    }

    /**
     * The one place a month is made of MASON's step count: during a step, the number of months
     * already simulated (MASON counts a step once all of its agents have run); after the last step,
     * the number of months simulated.
     */
    @Override
    public int monthIndex() {
        return (int) Math.max(0, schedule.getSteps());
    }

    @Override
    public YearMonth firstMonth() {
        return config.start();
    }

    /** The month being simulated (during a step) or just simulated (after it). */
    public YearMonth currentMonth() {
        return month();
    }

    /** Hands the sink every declared metric of every market origin, flow and project, in declaration order. */
    private void record(YearMonth month) {
        // Countries in alphabetical order, markets summed in the order of their product keys: neither
        // depends on the order of products in the config.
        if (welfare == null) {
            welfare = new WelfareSums(world.markets());
        }
        java.util.Map<String, double[]> welfare = keepsWelfare ? this.welfare.month() : java.util.Map.of();
        List<ProductMarket> markets = world.markets();
        if (unitsByMarket == null) {
            unitsByMarket = new String[markets.size()][];
            for (int i = 0; i < unitsByMarket.length; i++) {
                unitsByMarket[i] = marketUnitsOf(markets.get(i).product().unit());
            }
        }
        for (int i = 0; i < markets.size(); i++) {
            ProductMarket market = markets.get(i);
            String product = market.product().key();
            String importer = market.product().importer();
            String[] units = unitsByMarket[i];
            OriginSupply[] origins = market.origins();
            double total = 0;
            for (int s = 0; s < origins.length; s++) {
                total += market.importedValueUsd(s);
            }
            for (int s = 0; s < origins.length; s++) {
                String exporter = origins[s].exporter();
                for (int m = 0; m < Metric.MARKET.size(); m++) {
                    Metric metric = Metric.MARKET.get(m);
                    if (!kept[metric.ordinal()]) {
                        continue;
                    }
                    sink.accept(new Observation(
                            month,
                            exporter,
                            importer,
                            product,
                            metric,
                            units[m],
                            metric.reading().market().read(market, s, total)));
                }
            }
            for (Metric metric : Metric.IMPORT_MARKET) {
                if (!kept[metric.ordinal()]) {
                    continue;
                }
                sink.accept(new Observation(
                        month,
                        Metric.ALL_ORIGINS,
                        importer,
                        product,
                        metric,
                        metric.unit(""),
                        metric.reading().importMarket().applyAsDouble(market)));
            }
        }
        for (FlowAgent agent : world.flowAgents()) {
            for (Flow flow : agent.flows()) {
                for (Metric metric : Metric.FLOW) {
                    if (kept[metric.ordinal()] && metric.reading().flowApplies().test(flow)) {
                        sink.accept(new Observation(
                                month,
                                flow.exporter(),
                                flow.importer(),
                                flow.product(),
                                metric,
                                metric.unit(flow.unit()),
                                metric.reading().flow().applyAsDouble(flow)));
                    }
                }
            }
            if (agent instanceof ProjectAgent project && project.month() != null) {
                ProjectAgent.Month p = project.month();
                for (ProjectAgent.CommodityMonth c : p.commodities()) {
                    for (Metric metric : Metric.COMMODITY) {
                        if (!kept[metric.ordinal()]) {
                            continue;
                        }
                        sink.accept(new Observation(
                                month,
                                c.exporter(),
                                c.importer(),
                                c.commodity(),
                                metric,
                                metric.unit(c.unit()),
                                metric.reading().commodity().applyAsDouble(c)));
                    }
                }
                for (Metric metric : Metric.PROJECT) {
                    if (!kept[metric.ordinal()]) {
                        continue;
                    }
                    sink.accept(new Observation(
                            month,
                            p.country(),
                            p.country(),
                            p.project(),
                            metric,
                            metric.unit(""),
                            metric.reading().project().applyAsDouble(p)));
                }
            }
        }
        for (var entry : welfare.entrySet()) {
            double[] w = entry.getValue();
            Metric.CountryWelfare country = new Metric.CountryWelfare(entry.getKey(), w[0], w[1], w[2], w[3]);
            for (Metric metric : Metric.COUNTRY) {
                if (!kept[metric.ordinal()]) {
                    continue;
                }
                sink.accept(new Observation(
                        month,
                        country.country(),
                        country.country(),
                        Metric.ALL_PRODUCTS,
                        metric,
                        metric.unit(""),
                        metric.reading().country().applyAsDouble(country)));
            }
        }
    }

    /**
     * The countries' welfare of a month: {cs change, tariff revenue, VAT revenue, producer surplus}
     * of each market's importer, and producer surplus of each origin's country, summed over the markets
     * in the order of their product keys. Which country each market adds to does not change during a
     * run, so the sums are found once (a sorted map lookup per market and origin every month was a
     * twentieth of a 10,000-market run) and zeroed each month; every sum adds the same values in the
     * same order as looking them up afresh would.
     */
    private static final class WelfareSums {
        /** Country → its sums, in alphabetical order (the order of the observations). */
        private final java.util.SortedMap<String, double[]> byCountry = new java.util.TreeMap<>();

        private final ProductMarket[] markets;
        private final double[][] importers;
        private final double[][][] origins;

        WelfareSums(List<ProductMarket> all) {
            markets = all.stream()
                    .sorted(java.util.Comparator.comparing(
                            (ProductMarket m) -> m.product().key()))
                    .toArray(ProductMarket[]::new);
            importers = new double[markets.length][];
            origins = new double[markets.length][][];
            for (int i = 0; i < markets.length; i++) {
                importers[i] = byCountry.computeIfAbsent(markets[i].product().importer(), c -> new double[4]);
                OriginSupply[] supply = markets[i].origins();
                origins[i] = new double[supply.length][];
                for (int s = 0; s < supply.length; s++) {
                    origins[i][s] = byCountry.computeIfAbsent(supply[s].exporter(), c -> new double[4]);
                }
            }
        }

        /** This month's sums (the same arrays every month, refilled). */
        java.util.Map<String, double[]> month() {
            for (double[] w : byCountry.values()) {
                java.util.Arrays.fill(w, 0.0);
            }
            for (int i = 0; i < markets.length; i++) {
                ProductMarket market = markets[i];
                double[] importer = importers[i];
                importer[0] += market.consumerSurplusChangeUsd();
                int n = origins[i].length;
                for (int s = 0; s < n; s++) {
                    importer[1] += market.dutyCollectedUsd(s);
                    importer[2] += market.vatCollectedUsd(s);
                }
                for (int s = 0; s < n; s++) {
                    origins[i][s][3] += market.producerSurplusUsd(s);
                }
            }
            return byCountry;
        }
    }

    /** The unit of each market metric for a product unit, made once (not one string per observation). */
    private String[] marketUnitsOf(String productUnit) {
        return marketUnits.computeIfAbsent(
                productUnit, u -> Metric.MARKET.stream().map(m -> m.unit(u)).toArray(String[]::new));
    }

    private final transient java.util.Map<String, String[]> marketUnits = new java.util.HashMap<>();
    /** The units of each market's metrics, in the order of the world's markets, made at the first month. */
    private transient String[][] unitsByMarket;
    /** The countries' welfare sums, made at the first month. */
    private transient WelfareSums welfare;

    public World world() {
        return world;
    }

    public ScenarioConfig config() {
        return config;
    }

    /** Phases in the order they ran, when tracing was asked for; otherwise empty. */
    public List<Phase> phaseTrace() {
        return phaseTrace == null ? List.of() : List.copyOf(phaseTrace);
    }
}
