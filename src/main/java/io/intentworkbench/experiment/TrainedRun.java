package io.intentworkbench.experiment;

import io.intentworkbench.bundle.ModelBundle;
import io.intentworkbench.training.DataSplit;

/**
 * A finished training run: the model bundle, and the test rows with their labels and predicted
 * probabilities, so that the evaluation can be redrawn at any threshold.
 *
 * @param testLabels        1 or 0 for each row of split.test(), in the same order
 * @param testProbabilities the predicted purchase probability of each test row
 */
public record TrainedRun(ModelBundle bundle, DataSplit split, int[] testLabels, double[] testProbabilities) {
}
