package io.intentworkbench.evaluation;

import java.util.Arrays;
import java.util.Optional;
import java.util.Random;

/**
 * Calibration of predicted probabilities by Platt scaling: p' = 1 / (1 + exp(-(a * logit(p) + b))).
 * It is fitted on validation rows and kept only where it lowers the log loss of rows it was not
 * fitted on (two-fold cross-fitting within the validation rows), so it never makes figures worse
 * by chance. Ranking measures (ROC AUC, PR AUC) do not change: the scaling keeps the order.
 */
public record PlattScaling(double a, double b) {
    private static final double MIN_GAIN = 0.001;
    private static final int ITERATIONS = 50;

    public double apply(double probability) {
        return sigmoid(a * logit(probability) + b);
    }

    public double[] apply(double[] probabilities) {
        return Arrays.stream(probabilities).map(this::apply).toArray();
    }

    /** The scaling fitted on all given rows, where cross-fitting shows it lowers the log loss. */
    public static Optional<PlattScaling> choose(int[] labels, double[] probabilities, long seed) {
        int n = labels.length;
        if (n < 40) {
            return Optional.empty();
        }
        int[] order = new Random(seed).ints(0, Integer.MAX_VALUE).limit(n).toArray();
        Integer[] rows = new Integer[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        Arrays.sort(rows, (x, y) -> Integer.compare(order[x], order[y]));
        boolean[] first = new boolean[n];
        for (int i = 0; i < n; i++) {
            first[rows[i]] = i % 2 == 0;
        }
        double raw = 0;
        double calibrated = 0;
        for (boolean fold : new boolean[] {true, false}) {
            PlattScaling scaling = fit(labels, probabilities, first, fold);
            for (int i = 0; i < n; i++) {
                if (first[i] != fold) {
                    raw += loss(labels[i], probabilities[i]);
                    calibrated += loss(labels[i], scaling.apply(probabilities[i]));
                }
            }
        }
        if ((raw - calibrated) / n < MIN_GAIN) {
            return Optional.empty();
        }
        boolean[] all = new boolean[n];
        Arrays.fill(all, true);
        return Optional.of(fit(labels, probabilities, all, true));
    }

    /** Fits a and b by Newton's method on the rows whose flag equals use. */
    static PlattScaling fit(int[] labels, double[] probabilities, boolean[] flags, boolean use) {
        double a = 1;
        double b = 0;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-6;
            double hab = 0;
            double hbb = 1e-6;
            for (int i = 0; i < labels.length; i++) {
                if (flags[i] != use) {
                    continue;
                }
                double x = logit(probabilities[i]);
                double p = sigmoid(a * x + b);
                double r = p - labels[i];
                double w = Math.max(p * (1 - p), 1e-12);
                ga += r * x;
                gb += r;
                haa += w * x * x;
                hab += w * x;
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (Math.abs(det) < 1e-18) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-9) {
                break;
            }
        }
        return new PlattScaling(a, b);
    }

    private static double loss(int label, double p) {
        double q = Math.min(1 - 1e-7, Math.max(1e-7, p));
        return label == 1 ? -Math.log(q) : -Math.log(1 - q);
    }

    private static double logit(double p) {
        double q = Math.min(1 - 1e-7, Math.max(1e-7, p));
        return Math.log(q / (1 - q));
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
