package io.intentworkbench.training;

/** The loss became NaN or infinite; the network learned nothing usable. */
public class TrainingDivergedException extends RuntimeException {
    public TrainingDivergedException(int epoch, double learningRate) {
        super("Training diverged: the loss became infinite or not a number in epoch " + epoch
                + "; lower the learning rate (now " + learningRate + ") and train again.");
    }
}
