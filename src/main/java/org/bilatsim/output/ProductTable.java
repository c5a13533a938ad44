package org.bilatsim.output;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilatsim.config.Contract;
import org.bilatsim.config.Product;
import org.bilatsim.config.Project;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.config.TourismRoute;
import org.bilatsim.engine.Metric;
import org.bilatsim.experiment.Panel;

/**
 * The products table: one row per key of the {@code product} column of the other tables, in the
 * order they first appear there, saying what it is. {@code kind} is {@code market} (a product
 * market of the config), {@code contract}, {@code tourism}, {@code project} (a project's own
 * metrics), {@code project-equipment} (a project's imported capital goods) or {@code commodity} (a
 * project's output), or {@code country} (a country's rows over all its product markets, such as
 * net welfare); {@code hs_code} is the HS code given in a market's name ("Rice (HS 1006)"), empty
 * where there is none. {@code flow_kind} is what a trade flow counts as for the target ({@code
 * goods}, {@code services} or {@code g2g}: {@link ScenarioConfig#flowKind}), empty for the keys that
 * are not trade flows (a project's own metrics, a country's rows), so that a user can sum
 * {@code trade_value} over the kinds {@code target.counts} names and get bilateral.csv's totals.
 */
final class ProductTable {
    private static final Pattern HS = Pattern.compile("\\bHS\\s*([0-9][0-9.\\-–, ]*[0-9])|\\bHS\\s*([0-9])");

    private record Entry(String name, String unit, String hsCode, String importer, String kind, String flowKind) {}

    private ProductTable() {}

    static void write(TableWriter out, ScenarioConfig config, Panel panel) {
        Map<String, Entry> known = new LinkedHashMap<>();
        for (Product p : config.products()) {
            known.put(
                    p.key(),
                    new Entry(p.name(), p.unit(), hsCode(p.name()), p.importer(), "market", flow(config, p.key())));
        }
        for (Contract c : config.contracts()) {
            known.putIfAbsent(
                    c.name(), new Entry(c.name(), "USD", "", c.importer(), "contract", flow(config, c.name())));
        }
        for (TourismRoute t : config.tourism()) {
            known.putIfAbsent(
                    t.name(), new Entry(t.name(), "visitors", "", t.visitorsFrom(), "tourism", flow(config, t.name())));
        }
        for (Project p : config.projects()) {
            known.putIfAbsent(p.name(), new Entry(p.name(), "", "", p.country(), "project", ""));
            String equipment = p.name() + "-equipment";
            known.putIfAbsent(
                    equipment,
                    new Entry(
                            p.name() + " equipment",
                            "USD",
                            "",
                            p.country(),
                            "project-equipment",
                            flow(config, equipment)));
            for (Project.Commodity c : p.commodities()) {
                known.putIfAbsent(
                        c.name(), new Entry(c.name(), c.unit(), "", c.exportTo(), "commodity", flow(config, c.name())));
            }
        }
        Map<String, Entry> rows = new LinkedHashMap<>();
        for (Panel.Series s : panel.series()) {
            rows.computeIfAbsent(s.product(), k -> known.getOrDefault(k, unknown(k, s.importer())));
        }
        try (out) {
            rows.forEach((key, e) -> out.string(key)
                    .string(e.name())
                    .string(e.unit())
                    .string(e.hsCode())
                    .string(e.importer())
                    .string(e.kind())
                    .string(e.flowKind())
                    .endRow());
        }
    }

    private static String flow(ScenarioConfig config, String key) {
        return config.flowKind(key).configName();
    }

    /** A key that is none of the config's flows: a country's rows over all its markets, or (should a new metric add one) a flow of its own. */
    private static Entry unknown(String key, String importer) {
        if (Metric.ALL_PRODUCTS.equals(key)) {
            return new Entry("all product markets of the country", "", "", importer, "country", "");
        }
        return new Entry(key, "", "", importer, "flow", "");
    }

    /** The HS code in a display name ("Rice (HS 1006)" gives 1006), or an empty string. */
    static String hsCode(String name) {
        Matcher m = HS.matcher(name);
        if (!m.find()) {
            return "";
        }
        return (m.group(1) != null ? m.group(1) : m.group(2)).trim();
    }
}
