package org.bilatsim.config;

import static org.bilatsim.config.ConfigSchema.*;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The binders of the levers ({@link Lever#binder()}): each turns one item of {@code events:} into its
 * record, reading every key through its {@link ConfigSchema} entry, in the order that decides which
 * problem is reported first.
 */
final class LeverBinders {
    private LeverBinders() {}

    /** What a binder needs from the scenario bound so far: its span, countries, products and routes. */
    interface Context {
        YearMonth dateInSpan(MapReader reader, ConfigSchema.Entry date);

        YearMonth untilAfter(MapReader reader, YearMonth date);

        String knownCountry(MapReader reader, ConfigSchema.Entry key);

        /** The product named by the key; null for "*" where {@code wildcard}. */
        Product knownProduct(MapReader reader, ConfigSchema.Entry key, boolean wildcard);

        void requireImporter(MapReader reader, Product product, String importer);

        void requireOrigin(MapReader reader, Product product, String importer, String exporter);

        String partner(MapReader reader, Product product, boolean mfnAllowed);

        List<String> routes();
    }

    private static String productKey(Product product) {
        return product == null ? PolicyEvent.ALL_PRODUCTS : product.key();
    }

    static PolicyEvent duty(Context c, YamlNode node, String path) {
        MapReader e = new MapReader(node, path, "events[duty]");
        YearMonth date = c.dateInSpan(e, DUTY_DATE);
        String importer = c.knownCountry(e, DUTY_IMPORTER);
        Product product = c.knownProduct(e, DUTY_PRODUCT, true);
        c.requireImporter(e, product, importer);
        String partner = c.partner(e, product, true);
        DutyLayer layer = DutyLayer.valueOf(e.oneOf(DUTY_LAYER).toUpperCase(Locale.ROOT));
        double rate = e.fraction(DUTY_RATE);
        return new PolicyEvent.DutyChange(
                date, importer, productKey(product), partner, layer, rate, c.untilAfter(e, date));
    }

    static PolicyEvent tradeCost(Context c, YamlNode node, String path) {
        MapReader e = new MapReader(node, path, "events[tradeCost]");
        YearMonth date = c.dateInSpan(e, TRADE_COST_DATE);
        String exporter = c.knownCountry(e, TRADE_COST_EXPORTER);
        String importer = c.knownCountry(e, TRADE_COST_IMPORTER);
        Product product = c.knownProduct(e, TRADE_COST_PRODUCT, true);
        c.requireImporter(e, product, importer);
        c.requireOrigin(e, product, importer, exporter);
        double factor = e.number(TRADE_COST_FACTOR);
        return new PolicyEvent.TradeCostChange(
                date, exporter, importer, productKey(product), factor, c.untilAfter(e, date));
    }

    static PolicyEvent exhibition(Context c, YamlNode node, String path) {
        MapReader e = new MapReader(node, path, "events[exhibition]");
        YearMonth date = c.dateInSpan(e, EXHIBITION_DATE);
        String exporter = c.knownCountry(e, EXHIBITION_EXPORTER);
        String importer = c.knownCountry(e, EXHIBITION_IMPORTER);
        Product product = c.knownProduct(e, EXHIBITION_PRODUCT, true);
        c.requireImporter(e, product, importer);
        c.requireOrigin(e, product, importer, exporter);
        return new PolicyEvent.Exhibition(
                date,
                exporter,
                importer,
                productKey(product),
                e.number(EXHIBITION_FIXED_COST),
                e.number(EXHIBITION_DISCOVERY));
    }

    static PolicyEvent pta(Context c, YamlNode node, String path) {
        MapReader e = new MapReader(node, path, "events[pta]");
        YearMonth date = c.dateInSpan(e, PTA_DATE);
        double utilization = e.number(PTA_UTILIZATION);
        List<YamlNode> items = MapReader.asList(e.node("concessions"), e.childPath("concessions"));
        if (items.isEmpty()) {
            throw new ConfigException(
                    e.node("concessions").location(),
                    e.childPath("concessions"),
                    "a PTA needs at least one concession");
        }
        List<PolicyEvent.Concession> concessions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            MapReader m = new MapReader(
                    items.get(i), e.childPath("concessions") + "[" + i + "]", "events[pta].concessions[]");
            String importer = c.knownCountry(m, CONCESSION_IMPORTER);
            Product product = c.knownProduct(m, CONCESSION_PRODUCT, false);
            c.requireImporter(m, product, importer);
            String partner = c.partner(m, product, false);
            concessions.add(new PolicyEvent.Concession(importer, product.key(), partner, m.fraction(CONCESSION_RATE)));
        }
        return new PolicyEvent.Pta(date, e.text(PTA_NAME), concessions, utilization);
    }

    static PolicyEvent trq(Context c, YamlNode node, String path) {
        MapReader e = new MapReader(node, path, "events[trq]");
        YearMonth date = c.dateInSpan(e, TRQ_DATE);
        String importer = c.knownCountry(e, TRQ_IMPORTER);
        Product product = c.knownProduct(e, TRQ_PRODUCT, false);
        c.requireImporter(e, product, importer);
        String partner = c.partner(e, product, true);
        double in = e.fraction(TRQ_IN_RATE);
        double out = e.fraction(TRQ_OUT_RATE);
        double quota = e.number(TRQ_VOLUME);
        return new PolicyEvent.TariffRateQuota(
                date, importer, product.key(), partner, in, out, quota, c.untilAfter(e, date));
    }

    static PolicyEvent flights(Context c, YamlNode node, String path) {
        MapReader e = new MapReader(node, path, "events[flights]");
        YearMonth date = c.dateInSpan(e, FLIGHTS_DATE);
        String route = e.text(FLIGHTS_ROUTE);
        List<String> routes = c.routes();
        if (!routes.contains(route)) {
            throw e.error(
                    "route",
                    e.scalar("route"),
                    "is not a tourism route of this scenario"
                            + (routes.isEmpty()
                                    ? " (there are none: add one under tourism)"
                                    : " (routes: " + String.join(", ", routes) + ")"));
        }
        return new PolicyEvent.Flights(date, route, e.number(FLIGHTS_SEATS), e.number(FLIGHTS_TRADE_COST));
    }
}
