package io.intentworkbench.training;

/** Training was stopped by the person before it finished; no model is offered. */
public class TrainingCancelledException extends RuntimeException {
    public TrainingCancelledException() {
        super("Training was cancelled; no model was kept.");
    }
}
