package io.intentworkbench.evaluation;

/** Counts of a confusion matrix at one threshold. */
public record Confusion(long tp, long fp, long tn, long fn) {
    public static Confusion at(int[] labels, double[] probabilities, double threshold) {
        long tp = 0;
        long fp = 0;
        long tn = 0;
        long fn = 0;
        for (int i = 0; i < labels.length; i++) {
            boolean predicted = probabilities[i] >= threshold;
            if (labels[i] == 1) {
                tp += predicted ? 1 : 0;
                fn += predicted ? 0 : 1;
            } else {
                fp += predicted ? 1 : 0;
                tn += predicted ? 0 : 1;
            }
        }
        return new Confusion(tp, fp, tn, fn);
    }

    public long total() {
        return tp + fp + tn + fn;
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        return 2.0 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    public double accuracy() {
        return total() == 0 ? 0 : (double) (tp + tn) / total();
    }
}
