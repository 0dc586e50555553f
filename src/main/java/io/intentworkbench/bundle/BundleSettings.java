package io.intentworkbench.bundle;

import io.intentworkbench.evaluation.PlattScaling;
import io.intentworkbench.model.NetworkSpec;
import io.intentworkbench.training.TrainingSpec;

/**
 * The settings a model was trained with, the decision threshold it uses, and the calibration of
 * its probabilities (null where calibration did not lower the validation log loss).
 */
public record BundleSettings(NetworkSpec network, TrainingSpec training, double threshold,
                             PlattScaling calibration) {
}
