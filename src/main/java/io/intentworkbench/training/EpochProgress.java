package io.intentworkbench.training;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What one epoch of training achieved, and how long the rest may take. */
public record EpochProgress(
        int epoch,
        @JsonProperty("max_epochs") int maxEpochs,
        @JsonProperty("train_loss") double trainLoss,
        @JsonProperty("validation_loss") double validationLoss,
        @JsonProperty("train_accuracy") double trainAccuracy,
        @JsonProperty("validation_accuracy") double validationAccuracy,
        @JsonProperty("validation_roc_auc") double validationRocAuc,
        @JsonProperty("validation_pr_auc") double validationPrAuc,
        @JsonProperty("elapsed_seconds") double elapsedSeconds,
        @JsonProperty("remaining_seconds") double remainingSeconds) {
}
