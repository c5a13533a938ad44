package org.bilatsim.agent;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.Contract;
import org.bilatsim.config.Country;
import org.bilatsim.config.PolicyEvent;
import org.bilatsim.config.Product;
import org.bilatsim.config.Project;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.config.Source;
import org.bilatsim.config.SourceLocation;
import org.bilatsim.config.TariffLine;
import org.bilatsim.config.TourismRoute;
import org.bilatsim.economics.Calibration;
import sim.engine.Steppable;

/**
 * Every agent of a scenario, built and calibrated to the base period, with the steppables of each
 * phase in a fixed order (config order of countries, products and origins; exporters by falling
 * productivity).
 */
public final class World {
    private final List<Government> governments;
    private final List<ProductMarket> markets;
    private final List<FlowAgent> flowAgents;
    private final PolicyRules rules;
    private final BilateralLedger ledger;
    /** The engine's calendar, read by the sourcing and accounting steps. */
    private final Clock clock;

    private World(
            List<Government> governments,
            List<ProductMarket> markets,
            List<FlowAgent> flowAgents,
            PolicyRules rules,
            BilateralLedger ledger,
            Clock clock) {
        this.governments = governments;
        this.markets = markets;
        this.flowAgents = flowAgents;
        this.rules = rules;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Builds the agents. Every population and purpose draws from its own stream, keyed by name: the
     * productivities of each origin's exporters ("exporters", product/origin), their productivity
     * shocks when on ("productivity-shocks", product/origin), the importers' sizes ("importer-sizes",
     * product), their awareness of each origin ("awareness", product/origin), the
     * market's demand shocks and the importers' own shocks (each its stream), and policy outcomes
     * (discovery at exhibitions); each contract and project its own. So changing one population's
     * size or one parameter leaves every other draw unchanged.
     *
     * @throws ConfigException when the scenario cannot be calibrated (e.g. no exporter can cover its
     *                         fixed cost at base demand)
     */
    public static World build(ScenarioConfig config, RandomSource random) {
        return build(config, random, Clock.stoppedAt(config.start()));
    }

    /**
     * Builds the agents on the engine's clock (the only place the current month is computed).
     *
     * @see #build(ScenarioConfig, RandomSource)
     */
    public static World build(ScenarioConfig config, RandomSource random, Clock clock) {
        Map<String, Government> governments = new LinkedHashMap<>();
        for (Country country : config.countries()) {
            governments.put(country.iso3(), new Government(country.iso3(), clock));
        }
        for (TariffLine line : config.tariffs()) {
            governments.get(line.importer()).addTariff(line);
        }
        LeverHandler levers = new LeverHandler(governments, config.tourism());
        for (PolicyEvent event : config.events()) {
            event.accept(levers);
        }
        Map<String, List<PolicyEvent.Flights>> flightsByRoute = levers.flightsByRoute();
        List<ProductMarket> markets = new ArrayList<>();
        for (Product product : config.products()) {
            Government government = governments.get(product.importer());
            double vat = config.country(product.importer()).orElseThrow().vatRate();
            ProductMarket market = new ProductMarket(
                    product,
                    government,
                    vat,
                    random.generator("market-shocks", product.key()),
                    random.generator("importer-shocks", product.key()),
                    random.generator("policy", product.key()));
            government.addMarket(market);
            for (int s = 0; s < product.sources().size(); s++) {
                Source source = product.sources().get(s);
                var exporters = source.exporters();
                market.origins()[s].createFirms(random.paretoStrata(
                        "exporters",
                        product.key() + "/" + source.exporter(),
                        exporters.count(),
                        exporters.paretoShape()));
                if (source.exporters().productivityShocks()) {
                    // Its own stream, drawn only when shocks are on: no other population's draws change.
                    market.origins()[s].shockProductivity(
                            source.exporters().productivityShockPersistence(),
                            source.exporters().productivityShockSd(),
                            random.generator("productivity-shocks", product.key() + "/" + source.exporter()));
                }
            }
            buildImporters(config, market, random);
            markets.add(market);
        }
        List<FlowAgent> flowAgents = new ArrayList<>();
        for (Contract contract : config.contracts()) {
            flowAgents.add(new ContractAgent(contract, clock, random.generator("contract", contract.name())));
        }
        for (TourismRoute route : config.tourism()) {
            flowAgents.add(new TourismAgent(route, clock, flightsByRoute.getOrDefault(route.name(), List.of())));
        }
        for (Project project : config.projects()) {
            flowAgents.add(new ProjectAgent(project, clock, random.generator("project", project.name())));
        }
        BilateralLedger ledger = new BilateralLedger(
                config.target().between().get(0), config.target().between().get(1));
        PolicyRules rules = new PolicyRules(
                config.rules(),
                governments,
                markets,
                ledger,
                clock,
                config.target().valueUsd());
        return new World(
                List.copyOf(governments.values()), List.copyOf(markets), List.copyOf(flowAgents), rules, ledger, clock);
    }

    private static void buildImporters(ScenarioConfig config, ProductMarket market, RandomSource random) {
        Product product = market.product();
        int n = product.sources().size();
        var population = product.importers();
        double[] size = new double[population.count()];
        boolean[][] aware = new boolean[population.count()][n];
        double total = 0;
        int largest = 0;
        MersenneTwisterFast sizes = random.generator("importer-sizes", product.key());
        for (int i = 0; i < size.length; i++) {
            size[i] = Math.exp(population.sizeDispersion() * sizes.nextGaussian());
            total += size[i];
            largest = size[i] > size[largest] ? i : largest;
        }
        // One stream per origin: raising one origin's awareness only adds importers who know it.
        MersenneTwisterFast[] awareness = new MersenneTwisterFast[n];
        for (int s = 0; s < n; s++) {
            awareness[s] = random.generator(
                    "awareness", product.key() + "/" + product.sources().get(s).exporter());
        }
        drawAwareness(product, awareness, aware, largest);
        ImporterFirm[] importers = new ImporterFirm[size.length];
        TreeMap<String, Double> groups = new TreeMap<>();
        TreeMap<String, boolean[]> patterns = new TreeMap<>();
        group(market, size, total, aware, importers, groups, patterns);
        for (int s = 0; s < n; s++) {
            OriginSupply origin = market.origins()[s];
            var exporters = product.sources().get(s).exporters();
            origin.decideBaseFirms();
            String key = "products." + product.key() + ".sources." + origin.exporter() + ".exporters.";
            if (!origin.available()) {
                throw new ConfigException(
                        new SourceLocation("scenario '" + config.name() + "'", 0, 0),
                        key + "fixedCostUsdPerMonth",
                        String.format(
                                java.util.Locale.ROOT,
                                "no exporter covers the fixed cost of %.0f US$/month at base "
                                        + "demand; the most productive firm alone would earn an operating profit of %.0f "
                                        + "US$/month",
                                origin.fixedCostUsdPerMonth(),
                                origin.expectedRevenueUsd() / origin.withinOriginElasticity()));
            }
            if (origin.sunkCostTooLarge()) {
                throw new ConfigException(
                        new SourceLocation("scenario '" + config.name() + "'", 0, 0),
                        key + "sunkCostUsd = " + exporters.sunkCostUsd(),
                        String.format(
                                java.util.Locale.ROOT,
                                "annualised (%.0f US$/month) it exceeds the operating profit at which the %d calibrated "
                                        + "active exporters stop entering; lower it or raise activeExporters",
                                exporters.sunkCostUsd() * exporters.monthlyDiscountRate(),
                                exporters.activeExporters()));
            }
            if (exporters.calibratedCount() && origin.servingCount() != exporters.activeExporters()) {
                throw new ConfigException(
                        new SourceLocation("scenario '" + config.name() + "'", 0, 0),
                        key + "activeExporters = " + exporters.activeExporters(),
                        "no fixed cost separates firm "
                                + exporters.activeExporters() + " from the next (their productivities are equal to "
                                + "rounding); choose another count");
            }
        }
        double[] prices = market.baseConsumerPrices(config.start());
        double[] volumes = new double[n];
        for (int s = 0; s < n; s++) {
            volumes[s] = product.sources().get(s).baseVolume() / 12;
        }
        Calibration.Result calibration = null;
        IllegalArgumentException first = null;
        for (int attempt = 1; calibration == null; attempt++) {
            double[] weights =
                    groups.values().stream().mapToDouble(Double::doubleValue).toArray();
            boolean[][] available = patterns.values().toArray(new boolean[0][]);
            try {
                calibration = Calibration.calibrate(
                        weights,
                        available,
                        prices,
                        volumes,
                        product.substitutionElasticity(),
                        product.importDemandElasticity());
            } catch (IllegalArgumentException e) {
                first = first == null ? e : first;
                if (attempt >= SETUP_DRAWS) {
                    throw calibrationFailed(config, product, first);
                }
                // The base flows are observed, so the set-up is drawn conditional on reproducing them:
                // a draw of who knows which origin that cannot (the importers who know a small origin
                // hold too little of the market) is replaced by the streams' next draw. Every draw that
                // calibrates at once is kept, so only such rare set-ups change.
                drawAwareness(product, awareness, aware, largest);
                groups.clear();
                patterns.clear();
                group(market, size, total, aware, importers, groups, patterns);
            }
        }
        market.calibrated(calibration.shareParameters(), calibration.demandLevel(), importers, prices);
        for (ImporterFirm importer : importers) {
            market.startAtDesired(importer, prices);
        }
    }

    /** Set-up draws of awareness tried before a market's base flows are declared impossible to reproduce. */
    private static final int SETUP_DRAWS = 20;

    private static void drawAwareness(
            Product product, MersenneTwisterFast[] awareness, boolean[][] aware, int largest) {
        int n = awareness.length;
        for (int s = 0; s < n; s++) {
            for (int i = 0; i < aware.length; i++) {
                aware[i][s] =
                        awareness[s].nextDouble() < product.sources().get(s).awareness();
            }
        }
        for (int s = 0; s < n; s++) {
            boolean known = false;
            for (boolean[] row : aware) {
                known |= row[s];
            }
            if (!known) {
                // Base flows from this origin are observed, so someone buys from it.
                aware[largest][s] = true;
            }
        }
    }

    private static void group(
            ProductMarket market,
            double[] size,
            double total,
            boolean[][] aware,
            ImporterFirm[] importers,
            TreeMap<String, Double> groups,
            TreeMap<String, boolean[]> patterns) {
        for (int i = 0; i < size.length; i++) {
            importers[i] = new ImporterFirm(market, size[i] / total, aware[i].clone());
            String key = pattern(aware[i]);
            groups.merge(key, size[i] / total, Double::sum);
            patterns.putIfAbsent(key, aware[i].clone());
        }
    }

    private static ConfigException calibrationFailed(
            ScenarioConfig config, Product product, IllegalArgumentException e) {
        if (e instanceof Calibration.Infeasible infeasible) {
            return infeasible(config, product, infeasible);
        }
        return new ConfigException(
                new SourceLocation("scenario '" + config.name() + "'", 0, 0),
                "products." + product.key() + ".substitutionElasticity = " + product.substitutionElasticity(),
                "the share parameters cannot be calibrated to the base flows with these elasticities and "
                        + "awareness (" + e.getMessage() + ", nor in " + (SETUP_DRAWS - 1) + " further set-up draws of "
                        + "which importers know which origin); raise the elasticity, or the awareness of the smaller origins");
    }

    private static ConfigException infeasible(ScenarioConfig config, Product product, Calibration.Infeasible e) {
        Source source = product.sources().get(e.origin);
        return new ConfigException(
                new SourceLocation("scenario '" + config.name() + "'", 0, 0),
                "products." + product.key() + ".sources." + source.exporter() + ".awareness = " + source.awareness(),
                String.format(
                        java.util.Locale.ROOT,
                        "the importers drawn to know %s hold %.1f%% of demand, not more "
                                + "than its %.1f%% base share, so no importer behaviour reproduces the base flow (nor in "
                                + "%d further set-up draws); raise awareness or importers.count",
                        source.exporter(),
                        100 * e.knowingShare,
                        100 * e.valueShare,
                        SETUP_DRAWS - 1));
    }

    private static String pattern(boolean[] aware) {
        StringBuilder key = new StringBuilder(aware.length);
        for (boolean a : aware) {
            key.append(a ? '1' : '0');
        }
        return key.toString();
    }

    public List<Government> governments() {
        return governments;
    }

    public List<ProductMarket> markets() {
        return markets;
    }

    /** Policy phase: every government, in config order, then the adaptive rules. */
    public List<Steppable> policySteps() {
        List<Steppable> steps = new ArrayList<>(governments);
        steps.add(rules);
        return steps;
    }

    /**
     * Pricing phase: each origin's cost step, its exporters by falling productivity, then its price
     * index. Grouped,
     * each origin steps its own firms (see {@link OriginSupply#step}); individually, every firm is its
     * own entry.
     */
    public List<Steppable> pricingSteps(boolean grouped) {
        List<Steppable> steps = new ArrayList<>();
        for (ProductMarket market : markets) {
            for (OriginSupply origin : market.origins()) {
                // Firms with moving productivities decide as one (FirmShocks), so their origin steps them.
                if (grouped || origin.hasShocks()) {
                    steps.add(origin);
                } else {
                    steps.add(origin.priceStep());
                    steps.addAll(Arrays.asList(origin.firms()));
                    steps.add(origin.indexStep());
                }
            }
        }
        return steps;
    }

    /** Sourcing phase: each market posts its prices, then its importers buy (grouped as for pricing). */
    public List<Steppable> sourcingSteps(boolean grouped) {
        List<Steppable> steps = new ArrayList<>();
        for (ProductMarket market : markets) {
            Steppable post = state -> market.postPrices(clock.month(), clock.monthIndex());
            if (grouped) {
                steps.add(state -> {
                    post.step(state);
                    for (ImporterFirm importer : market.importers()) {
                        importer.step(state);
                    }
                });
            } else {
                steps.add(post);
                steps.addAll(Arrays.asList(market.importers()));
            }
        }
        return steps;
    }

    /** Shipping phase: each market ships its orders; contracts, tourism and projects deliver. */
    public List<Steppable> shippingSteps() {
        List<Steppable> steps = new ArrayList<>();
        for (ProductMarket market : markets) {
            steps.add(state -> market.ship());
        }
        steps.addAll(flowAgents);
        return steps;
    }

    /** Accounting phase: governments book revenue, then every market checks its identities. */
    public List<Steppable> accountingSteps() {
        List<Steppable> steps = new ArrayList<>();
        for (Government government : governments) {
            steps.add(state -> government.book());
        }
        for (ProductMarket market : markets) {
            steps.add(state -> market.checkIdentities(clock.month()));
        }
        steps.add(state -> remember());
        return steps;
    }

    /** The month enters the markets' 12-month histories and the two-way ledger. */
    private void remember() {
        double total = 0;
        for (ProductMarket market : markets) {
            market.remember();
            for (int s = 0; s < market.origins().length; s++) {
                if (ledger.between(
                        market.origins()[s].exporter(), market.product().importer())) {
                    total += market.importedValueUsd(s);
                }
            }
        }
        for (FlowAgent agent : flowAgents) {
            for (Flow flow : agent.flows()) {
                if (flow.countsTowardTarget() && ledger.between(flow.exporter(), flow.importer())) {
                    total += flow.valueUsd();
                }
            }
        }
        ledger.record(total);
    }

    public List<FlowAgent> flowAgents() {
        return flowAgents;
    }

    public PolicyRules rules() {
        return rules;
    }

    /** Number of agents: exporter firms, importer firms and governments. */
    public long agentCount() {
        long count = governments.size() + flowAgents.size();
        for (ProductMarket market : markets) {
            count += market.importers().length;
            for (OriginSupply origin : market.origins()) {
                count += origin.firms().length;
            }
        }
        return count;
    }
}
