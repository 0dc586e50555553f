package io.intentworkbench.training;

/** Hears about each finished epoch, on the training thread. */
@FunctionalInterface
public interface TrainingListener {
    TrainingListener NONE = progress -> { };

    void onEpoch(EpochProgress progress);
}
