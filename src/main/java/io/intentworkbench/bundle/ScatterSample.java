package io.intentworkbench.bundle;

import java.util.List;

/**
 * A sample of test rows for the report's scatter plot: the values of the two numeric features that
 * alone separate buyers best, the predicted probability and the true label of each row.
 *
 * @param points rows of {x, y, probability, label}
 */
public record ScatterSample(String x, String y, List<double[]> points) {
    public ScatterSample {
        points = List.copyOf(points);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScatterSample s && x.equals(s.x) && y.equals(s.y) && points.size() == s.points.size()
                && java.util.stream.IntStream.range(0, points.size())
                .allMatch(i -> java.util.Arrays.equals(points.get(i), s.points.get(i)));
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(x, y, points.size());
    }
}
