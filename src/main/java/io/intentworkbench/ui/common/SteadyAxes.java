package io.intentworkbench.ui.common;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * Axis bounds for charts that grow a point at a time, such as the training curves. JavaFX's
 * auto-ranging moves the bounds with nearly every new point, and each move rebuilds and lays out
 * every tick label: 20 to 50 ms of the FX thread per epoch with software rendering, which stalls
 * the window. Here the bounds are round numbers that move only when a point falls outside them,
 * or when the points fill less than a quarter of the range (a new run after a cleared chart). The
 * x axis counts epochs from 0 and, when it has to grow, doubles the room, so it moves a few times
 * in a long training rather than every few epochs.
 */
public final class SteadyAxes {
    private static final double MIN_EPOCHS = 10;

    private SteadyAxes() {
    }

    /** Keeps the chart's two number axes steady for the series it holds now, as their points change. */
    public static void follow(XYChart<Number, Number> chart) {
        NumberAxis x = (NumberAxis) chart.getXAxis();
        NumberAxis y = (NumberAxis) chart.getYAxis();
        x.setAutoRanging(false);
        y.setAutoRanging(false);
        List<XYChart.Series<Number, Number>> series = List.copyOf(chart.getData());
        ListChangeListener<XYChart.Data<Number, Number>> onChange = c -> fit(series, x, y);
        series.forEach(s -> s.getData().addListener(onChange));
        fit(series, x, y);
    }

    private static void fit(List<XYChart.Series<Number, Number>> series, NumberAxis x, NumberAxis y) {
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (XYChart.Series<Number, Number> s : series) {
            for (XYChart.Data<Number, Number> point : s.getData()) {
                double value = point.getYValue().doubleValue();
                if (Double.isFinite(value)) {
                    maxX = Math.max(maxX, point.getXValue().doubleValue());
                    minY = Math.min(minY, value);
                    maxY = Math.max(maxY, value);
                }
            }
        }
        set(x, epochBounds(maxX, x.getUpperBound()));
        set(y, valueBounds(minY, maxY, y.getLowerBound(), y.getUpperBound()));
    }

    private static void set(NumberAxis axis, double[] bounds) {
        if (bounds != null) {
            axis.setLowerBound(bounds[0]);
            axis.setUpperBound(bounds[1]);
            axis.setTickUnit(bounds[2]);
        }
    }

    /**
     * Bounds {lower, upper, tick} of an epoch axis from 0 for points up to the given epoch, or null
     * where the current upper bound still suits them.
     */
    static double[] epochBounds(double lastEpoch, double upper) {
        double last = Double.isFinite(lastEpoch) ? lastEpoch : 0;
        if (last <= upper && (last * 4 >= upper || upper <= MIN_EPOCHS)) {
            return null;
        }
        return NiceScale.range(0, Math.max(MIN_EPOCHS, last * 2));
    }

    /**
     * Bounds {lower, upper, tick} for values from low to high, or null where the current bounds
     * still suit them: they hold every value and the values fill at least a quarter of them. On a
     * side the values crossed, the new bounds leave a third of their span to spare, since values
     * tend to keep going that way (a falling loss).
     */
    static double[] valueBounds(double low, double high, double lower, double upper) {
        double span = high - low;
        if (!(low <= high) || !Double.isFinite(span)) {
            return null;
        }
        if (low >= lower && high <= upper && span * 4 >= upper - lower) {
            return null;
        }
        double pad = span > 0 ? span * 0.05 : Math.max(Math.abs(low) * 0.05, 0.01);
        double ahead = span / 3;
        return NiceScale.range(low - pad - (low < lower ? ahead : 0), high + pad + (high > upper ? ahead : 0));
    }
}
