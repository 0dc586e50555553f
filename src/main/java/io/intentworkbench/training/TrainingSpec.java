package io.intentworkbench.training;

/**
 * How the network is trained: what a person sets beside the network form.
 *
 * @param patience      epochs without a better validation figure before training stops; 0 turns early stopping off
 * @param trainShare    share of rows for training; validation and test share the rest as given
 * @param stopOn        the validation figure that picks the best epoch and stops training early (runs saved
 *                      before this setting existed watched the validation loss, so that is what a missing one means)
 */
public record TrainingSpec(int batchSize, int maxEpochs, int patience, ClassWeights classWeights, long seed,
                           double trainShare, double validationShare, double testShare, StopOn stopOn) {
    public TrainingSpec {
        if (stopOn == null) {
            stopOn = StopOn.LOSS;
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1, not " + batchSize);
        }
        if (maxEpochs < 1) {
            throw new IllegalArgumentException("the number of epochs must be at least 1, not " + maxEpochs);
        }
        if (patience < 0) {
            throw new IllegalArgumentException("the early-stopping patience must be 0 or more, not " + patience);
        }
        double total = trainShare + validationShare + testShare;
        if (trainShare <= 0 || validationShare <= 0 || testShare <= 0 || Math.abs(total - 1) > 1e-6) {
            throw new IllegalArgumentException("train, validation and test shares must be above 0 and add up to 100 %");
        }
    }

    /** The workbench's defaults. */
    public static TrainingSpec defaults() {
        return new TrainingSpec(1024, 200, 8, ClassWeights.NONE, 42, 0.70, 0.15, 0.15, StopOn.PR_AUC);
    }

    public TrainingSpec withSeed(long newSeed) {
        return new TrainingSpec(batchSize, maxEpochs, patience, classWeights, newSeed, trainShare, validationShare,
                testShare, stopOn);
    }

    public TrainingSpec withEpochs(int newMaxEpochs) {
        return new TrainingSpec(batchSize, newMaxEpochs, patience, classWeights, seed, trainShare, validationShare,
                testShare, stopOn);
    }

    public TrainingSpec withBatchSize(int newBatchSize) {
        return new TrainingSpec(newBatchSize, maxEpochs, patience, classWeights, seed, trainShare, validationShare,
                testShare, stopOn);
    }

    public TrainingSpec withPatience(int newPatience) {
        return new TrainingSpec(batchSize, maxEpochs, newPatience, classWeights, seed, trainShare, validationShare,
                testShare, stopOn);
    }

    public TrainingSpec withClassWeights(ClassWeights weights) {
        return new TrainingSpec(batchSize, maxEpochs, patience, weights, seed, trainShare, validationShare, testShare,
                stopOn);
    }

    public TrainingSpec withShares(double train, double validation, double test) {
        return new TrainingSpec(batchSize, maxEpochs, patience, classWeights, seed, train, validation, test, stopOn);
    }

    public TrainingSpec withStopOn(StopOn newStopOn) {
        return new TrainingSpec(batchSize, maxEpochs, patience, classWeights, seed, trainShare, validationShare,
                testShare, newStopOn);
    }
}
