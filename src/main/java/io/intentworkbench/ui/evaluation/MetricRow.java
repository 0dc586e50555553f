package io.intentworkbench.ui.evaluation;

import io.intentworkbench.evaluation.Metrics;

/** One line of the metrics table: a model and its figures on the test rows. */
public record MetricRow(String model, Metrics metrics) {
}
