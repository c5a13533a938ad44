package org.bilatsim.config;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole scenario, resolved and validated: what {@link ConfigLoader} returns and what the manifest
 * echoes.
 *
 * @param name         scenario name (letters, digits, '-', '_' and '.'; used as an output folder)
 * @param description  what question the scenario answers
 * @param start        first simulated month (the base period the model is calibrated to)
 * @param end          last simulated month, inclusive
 * @param seed         base seed of the random streams
 * @param countries    every country and region that appears in the scenario
 * @param products     the product markets, in config order
 * @param tariffs      duty lines in force at the start
 * @param events       dated policy events, in date order (stable for equal dates)
 * @param target       the bilateral trade target
 * @param observed     observed two-way totals of the target's pair, for a backcast (may be empty)
 * @param contracts    government-to-government contracts
 * @param tourism      tourism routes
 * @param projects     investment projects
 * @param rules        adaptive government rules
 * @param uncertainty  the keys given a distribution instead of a number (the config holds their
 *                     medians, or one replication's draw), and the values drawn
 */
public record ScenarioConfig(
        String name,
        String description,
        YearMonth start,
        YearMonth end,
        long seed,
        List<Country> countries,
        List<Product> products,
        List<TariffLine> tariffs,
        List<PolicyEvent> events,
        Target target,
        List<Observed> observed,
        List<Contract> contracts,
        List<TourismRoute> tourism,
        List<Project> projects,
        List<Rule> rules,
        Uncertainty uncertainty) {

    /** A scenario without uncertain parameters. */
    public ScenarioConfig(
            String name,
            String description,
            YearMonth start,
            YearMonth end,
            long seed,
            List<Country> countries,
            List<Product> products,
            List<TariffLine> tariffs,
            List<PolicyEvent> events,
            Target target,
            List<Observed> observed,
            List<Contract> contracts,
            List<TourismRoute> tourism,
            List<Project> projects,
            List<Rule> rules) {
        this(
                name,
                description,
                start,
                end,
                seed,
                countries,
                products,
                tariffs,
                events,
                target,
                observed,
                contracts,
                tourism,
                projects,
                rules,
                Uncertainty.none());
    }

    public ScenarioConfig {
        Objects.requireNonNull(uncertainty, "uncertainty");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(target, "target");
        countries = List.copyOf(countries);
        products = List.copyOf(products);
        tariffs = List.copyOf(tariffs);
        observed = List.copyOf(observed);
        contracts = List.copyOf(contracts);
        tourism = List.copyOf(tourism);
        projects = List.copyOf(projects);
        rules = List.copyOf(rules);
        events = events.stream()
                .sorted(java.util.Comparator.comparing(PolicyEvent::date))
                .toList();
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end before start");
        }
    }

    /** Number of simulated months, both ends included. */
    public int months() {
        return (int) ChronoUnit.MONTHS.between(start, end) + 1;
    }

    /** The month of step {@code step} (0 = start). */
    public YearMonth monthOf(long step) {
        return start.plusMonths(step);
    }

    public Optional<Product> product(String key) {
        return products.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    public Optional<Country> country(String iso3) {
        return countries.stream().filter(c -> c.iso3().equals(iso3)).findFirst();
    }

    /** A copy with another seed (replications, --seed). */
    public ScenarioConfig withSeed(long newSeed) {
        return new ScenarioConfig(
                name,
                description,
                start,
                end,
                newSeed,
                countries,
                products,
                tariffs,
                events,
                target,
                observed,
                contracts,
                tourism,
                projects,
                rules,
                uncertainty);
    }

    /** A copy with other uncertain parameters (the loader; {@link Uncertainty#nominal()} for none). */
    public ScenarioConfig withUncertainty(Uncertainty other) {
        return new ScenarioConfig(
                name,
                description,
                start,
                end,
                seed,
                countries,
                products,
                tariffs,
                events,
                target,
                observed,
                contracts,
                tourism,
                projects,
                rules,
                other);
    }

    /**
     * The scenario with its uncertain parameters at design coordinates {@code u} (one per parameter,
     * in (0, 1), in {@link Uncertainty#names()} order), keeping this seed.
     */
    public ScenarioConfig withParameters(double[] u) {
        return uncertainty.draw(this, u);
    }

    /**
     * The kind of the flow an annual row names by its product: a product market's goods, a tourism
     * route's services, a contract's G2G deliveries, a project's imported equipment and commodity
     * exports (goods). A name the config does not know is goods (a product market).
     */
    public FlowKind flowKind(String product) {
        for (TourismRoute route : tourism) {
            if (route.name().equals(product)) {
                return FlowKind.SERVICES;
            }
        }
        for (Contract contract : contracts) {
            if (contract.name().equals(product)) {
                return FlowKind.G2G;
            }
        }
        return FlowKind.GOODS;
    }
}
