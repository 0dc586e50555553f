package io.intentworkbench.evaluation;

/** Chooses the decision threshold on validation rows. */
public final class Thresholds {
    private Thresholds() {
    }

    /** The threshold that maximises F1 on the given rows (0.5 when there are no positives). */
    public static double bestF1(int[] labels, double[] probabilities) {
        int[] order = Ranking.descending(probabilities);
        long positives = java.util.Arrays.stream(labels).filter(l -> l == 1).count();
        if (positives == 0) {
            return 0.5;
        }
        double best = -1;
        double threshold = 0.5;
        long tp = 0;
        long predicted = 0;
        int i = 0;
        while (i < order.length) {
            double candidate = probabilities[order[i]];
            while (i < order.length && probabilities[order[i]] == candidate) {
                tp += labels[order[i]] == 1 ? 1 : 0;
                predicted++;
                i++;
            }
            double f1 = 2.0 * tp / (predicted + positives);
            if (f1 > best) {
                best = f1;
                threshold = candidate;
            }
        }
        return threshold;
    }
}
