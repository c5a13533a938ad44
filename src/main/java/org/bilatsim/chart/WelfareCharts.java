package org.bilatsim.chart;

import static org.bilatsim.chart.ChartParts.runLine;
import static org.bilatsim.chart.ChartParts.scaled;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.bilatsim.engine.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;

/** Who gains: annual net welfare by country from the modelled product markets. */
public final class WelfareCharts {
    private WelfareCharts() {}

    /**
     * Annual net welfare by country (consumer surplus change of its import markets relative to base
     * prices, plus its tariff and VAT revenue, plus its exporters' producer surplus), medians with
     * bands when there are several replications; the target pair first.
     */
    public static JFreeChart netWelfare(RunResults run) {
        RunManifest m = run.manifest();
        List<String> countries = new ArrayList<>();
        for (TidyRow r : run.annual()) {
            if (r.is(Metric.NET_WELFARE) && !countries.contains(r.exporter())) {
                countries.add(r.exporter());
            }
        }
        countries.sort(Comparator.comparing((String c) ->
                        c.equals(m.target().a()) ? 0 : c.equals(m.target().b()) ? 1 : 2)
                .thenComparing(c -> c));
        int n = run.replicationCount();
        boolean bands = n > 1;
        Map<String, Color> colours = Palette.assign(countries);
        SeriesLayer layer = new SeriesLayer();
        for (String country : countries) {
            layer.line(
                    m.countryShortName(country),
                    colours.get(country),
                    ChartStyle.LINE,
                    scaled(run.annualSum(Metric.NET_WELFARE, r -> r.exporter().equals(country)), 1e-6),
                    bands,
                    true);
        }
        XYPlot plot = new XYPlot();
        ChartStyle.plot(plot);
        plot.setDomainAxis(ChartStyle.yearAxis(m.span().firstYear(), m.span().lastYear()));
        NumberAxis axis = ChartStyle.valueAxis("US$ million a year");
        axis.setAutoRangeIncludesZero(true);
        axis.setUpperMargin(0.25);
        plot.setRangeAxis(axis);
        layer.addTo(plot, 0, y -> y, Double.NaN, bands ? " of " + n + " replications" : "");
        List<String> subtitles = List.of(
                "Net welfare by country: consumer surplus change (vs base prices) + tariff"
                        + " and VAT revenue + exporters' producer surplus, US$ million a year",
                runLine(m.scenario(), n, true));
        return ChartStyle.chart("Who gains from the trade policy?", subtitles, plot, true);
    }
}
