package io.intentworkbench.ui.evaluation;

/** A test row in the scatter plot: two feature values, the predicted probability and the true label. */
public record ScatterPoint(int row, double x, double y, double probability, int label) {
    public boolean misclassified(double threshold) {
        return (probability >= threshold) != (label == 1);
    }
}
