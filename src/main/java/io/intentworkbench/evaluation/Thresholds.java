package io.intentworkbench.evaluation;

/** Chooses the decision threshold on validation rows. */
public final class Thresholds {
    private Thresholds() {
    }

    /** The threshold that maximises F1 on the given rows (0.5 when there are no positives). */
    public static double bestF1(int[] labels, double[] probabilities) {
        Ranking.Groups groups = Ranking.Groups.of(labels, probabilities);
        if (groups.positives == 0) {
            return 0.5;
        }
        double best = -1;
        double threshold = 0.5;
        long tp = 0;
        long predicted = 0;
        for (int g = 0; g < groups.count; g++) {
            tp += groups.tiedPositives[g];
            predicted += groups.tiedPositives[g] + groups.tiedNegatives[g];
            double f1 = 2.0 * tp / (predicted + groups.positives);
            if (f1 > best) {
                best = f1;
                threshold = groups.thresholds[g];
            }
        }
        return threshold;
    }
}
