package org.bilatsim.chart;

import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * The charts by their old names, for callers outside the package (the compare and sweep commands)
 * and tests: each method hands over to the class of its chart family. The report's charts are
 * declared in {@link ReportCharts}; a new chart goes there and in its family class, not here.
 */
public final class TradeCharts {
    private TradeCharts() {}

    /** @see TargetCharts#pathToTarget(RunResults) */
    public static JFreeChart pathToTarget(RunResults run) {
        return TargetCharts.pathToTarget(run);
    }

    /** @see TargetCharts#verdict(Map, double, int, Integer) */
    public static String verdict(
            Map<Integer, double[]> totalsByYear, double targetUsd, int replications, Integer targetYear) {
        return TargetCharts.verdict(totalsByYear, targetUsd, replications, targetYear);
    }

    /** @see ComparisonCharts#scenarioComparison(List, double, String) */
    public static JFreeChart scenarioComparison(List<ScenarioPaths> scenarios, double targetUsd, String pairName) {
        return ComparisonCharts.scenarioComparison(scenarios, targetUsd, pairName);
    }

    /** @see ComparisonCharts#differencesFromBaseline(List, String) */
    public static JFreeChart differencesFromBaseline(List<ScenarioPaths> scenarios, String baselineName) {
        return ComparisonCharts.differencesFromBaseline(scenarios, baselineName);
    }

    /** @see ProductCharts#products(RunResults) */
    public static JFreeChart products(RunResults run) {
        return ProductCharts.products(run);
    }

    /** @see PriceCharts#prices(RunResults, String) */
    public static JFreeChart prices(RunResults run, String product) {
        return PriceCharts.prices(run, product);
    }

    /** @see PriceCharts#defaultPriceProduct(RunResults) */
    public static String defaultPriceProduct(RunResults run) {
        return PriceCharts.defaultPriceProduct(run);
    }

    /** @see GovernmentCharts#tariffRevenue(RunResults) */
    public static JFreeChart tariffRevenue(RunResults run) {
        return GovernmentCharts.tariffRevenue(run);
    }

    /** @see ProjectCharts#projects(RunResults) */
    public static JFreeChart projects(RunResults run) {
        return ProjectCharts.projects(run);
    }

    /** @see FirmCharts#activeExporters(RunResults) */
    public static JFreeChart activeExporters(RunResults run) {
        return FirmCharts.activeExporters(run);
    }

    /** @see TornadoChart#tornado(List, double, String) */
    public static JFreeChart tornado(List<Sensitivity> sensitivities, double baseUsd, String outcome) {
        return TornadoChart.tornado(sensitivities, baseUsd, outcome);
    }

    static String percent(double share) {
        return ChartParts.percent(share);
    }

    static String shortName(String name) {
        return ChartParts.shortName(name);
    }

    static String priceAxisLabel(String metricUnit, String volumeUnit) {
        return ChartParts.priceAxisLabel(metricUnit, volumeUnit);
    }
}
