package io.intentworkbench.training;

/** Encoded training and validation rows as row-major float matrices of the given width. */
public record TrainingData(float[] trainX, int[] trainY, float[] validationX, int[] validationY, int width) {
    public int trainRows() {
        return trainY.length;
    }

    public int validationRows() {
        return validationY.length;
    }
}
