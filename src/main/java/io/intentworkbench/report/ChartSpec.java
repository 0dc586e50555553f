package io.intentworkbench.report;

import java.util.List;

/**
 * A line chart to draw in a report, independent of the output format.
 *
 * @param markers points drawn as dots (the chosen threshold on a curve)
 */
public record ChartSpec(String title, String xLabel, String yLabel, double xMin, double xMax, double yMin,
                        double yMax, List<Series> series, List<double[]> markers) {

    /** One line of the chart. */
    public record Series(String name, String color, List<double[]> points, boolean dashed) {
    }
}
