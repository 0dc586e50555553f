package io.intentworkbench.report;

import java.util.List;

/**
 * A line chart to draw in a report, independent of the output format.
 *
 * @param markers points drawn as dots (the chosen threshold on a curve)
 */
public record ChartSpec(String title, String xLabel, String yLabel, double xMin, double xMax, double yMin,
                        double yMax, List<Series> series, List<double[]> markers, List<Dot> dots) {

    public ChartSpec(String title, String xLabel, String yLabel, double xMin, double xMax, double yMin, double yMax,
                     List<Series> series, List<double[]> markers) {
        this(title, xLabel, yLabel, xMin, xMax, yMin, yMax, series, markers, List.of());
    }

    /** A point of a scatter plot, coloured by a value from 0 to 1, ringed when it is wrong. */
    public record Dot(double x, double y, double value, boolean ringed) {
    }

    /** The colour of a value from 0 (dark blue) to 1 (yellow), as #rrggbb. */
    public static String color(double value) {
        int[][] stops = {{0x44, 0x01, 0x54}, {0x3b, 0x52, 0x8b}, {0x21, 0x91, 0x8c}, {0x5e, 0xc9, 0x62},
            {0xfd, 0xe7, 0x25}};
        double v = Math.max(0, Math.min(1, value)) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) v);
        double f = v - i;
        int[] rgb = new int[3];
        for (int k = 0; k < 3; k++) {
            rgb[k] = (int) Math.round(stops[i][k] + (stops[i + 1][k] - stops[i][k]) * f);
        }
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }

    /** One line of the chart. */
    public record Series(String name, String color, List<double[]> points, boolean dashed) {
    }
}
