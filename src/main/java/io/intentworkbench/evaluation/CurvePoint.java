package io.intentworkbench.evaluation;

/** A point of a ROC curve (x false positive rate, y true positive rate) or PR curve (x recall, y precision). */
public record CurvePoint(double x, double y, double threshold) {
}
