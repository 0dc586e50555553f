package io.intentworkbench.evaluation;

import java.util.Arrays;
import java.util.Random;

/**
 * How much a test figure would vary on other rows like the test rows: a 95 % bootstrap interval
 * (the test rows drawn again with replacement, many times).
 *
 * @param low  the 2.5th percentile of the figure over the resamples
 * @param high the 97.5th percentile
 */
public record Spread(double low, double high) {
    static final int RESAMPLES = 200;

    public double width() {
        return high - low;
    }

    public static Spread rocAuc(int[] labels, double[] probabilities, long seed) {
        return of(labels, probabilities, seed, true);
    }

    public static Spread prAuc(int[] labels, double[] probabilities, long seed) {
        return of(labels, probabilities, seed, false);
    }

    private static Spread of(int[] labels, double[] probabilities, long seed, boolean roc) {
        int n = labels.length;
        Random random = new Random(seed);
        double[] figures = new double[RESAMPLES];
        int[] sampleLabels = new int[n];
        double[] sampleProbabilities = new double[n];
        int kept = 0;
        for (int r = 0; r < RESAMPLES; r++) {
            for (int i = 0; i < n; i++) {
                int row = random.nextInt(n);
                sampleLabels[i] = labels[row];
                sampleProbabilities[i] = probabilities[row];
            }
            double figure = roc ? Ranking.rocAuc(sampleLabels, sampleProbabilities)
                    : Ranking.averagePrecision(sampleLabels, sampleProbabilities);
            if (!Double.isNaN(figure)) {
                figures[kept++] = figure;
            }
        }
        if (kept == 0) {
            return new Spread(Double.NaN, Double.NaN);
        }
        double[] sorted = Arrays.copyOf(figures, kept);
        Arrays.sort(sorted);
        return new Spread(sorted[(int) Math.floor(0.025 * (kept - 1))], sorted[(int) Math.ceil(0.975 * (kept - 1))]);
    }
}
