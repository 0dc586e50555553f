package io.intentworkbench.bundle;

import io.intentworkbench.model.NetworkSpec;
import io.intentworkbench.training.TrainingSpec;

/** The settings a model was trained with and the decision threshold it uses. */
public record BundleSettings(NetworkSpec network, TrainingSpec training, double threshold) {
}
