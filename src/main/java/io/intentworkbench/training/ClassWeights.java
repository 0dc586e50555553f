package io.intentworkbench.training;

/** Whether the rarer class (buyers, usually) weighs more in the loss. */
public enum ClassWeights {
    NONE,
    /** Each class weighs the inverse of its share of training rows. */
    BALANCED;

    /** Loss weights for class 0 and class 1, or null for equal weights. */
    public double[] weights(int[] labels) {
        if (this == NONE) {
            return null;
        }
        long positives = java.util.Arrays.stream(labels).filter(l -> l == 1).count();
        long negatives = labels.length - positives;
        if (positives == 0 || negatives == 0) {
            return null;
        }
        return new double[] {labels.length / (2.0 * negatives), labels.length / (2.0 * positives)};
    }
}
