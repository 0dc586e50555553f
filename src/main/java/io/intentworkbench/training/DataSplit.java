package io.intentworkbench.training;

/** Which data rows (counted from 0) train, validate and test a model. */
public record DataSplit(int[] train, int[] validation, int[] test) {
    public int size() {
        return train.length + validation.length + test.length;
    }
}
