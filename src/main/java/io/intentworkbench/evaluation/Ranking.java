package io.intentworkbench.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Threshold-free measures and curves computed from the ranking of predicted probabilities. */
public final class Ranking {
    private Ranking() {
    }

    /** Area under the ROC curve; tied probabilities count half (the Mann-Whitney statistic). */
    public static double rocAuc(int[] labels, double[] probabilities) {
        Groups groups = Groups.of(labels, probabilities);
        long positives = groups.positives;
        long negatives = groups.negatives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double area = 0;
        long negativesAbove = 0;
        for (int g = 0; g < groups.count; g++) {
            area += groups.tiedPositives[g] * (negatives - negativesAbove - groups.tiedNegatives[g] / 2.0);
            negativesAbove += groups.tiedNegatives[g];
        }
        return area / ((double) positives * negatives);
    }

    /** Average precision: precision at each distinct threshold, weighted by the recall it adds. */
    public static double averagePrecision(int[] labels, double[] probabilities) {
        Groups groups = Groups.of(labels, probabilities);
        if (groups.positives == 0) {
            return Double.NaN;
        }
        double sum = 0;
        long truePositives = 0;
        long above = 0;
        for (int g = 0; g < groups.count; g++) {
            truePositives += groups.tiedPositives[g];
            above += groups.tiedPositives[g] + groups.tiedNegatives[g];
            sum += groups.tiedPositives[g] * ((double) truePositives / above);
        }
        return sum / groups.positives;
    }

    /** Points of the ROC curve (false positive rate, true positive rate), at most about maxPoints. */
    public static List<CurvePoint> rocCurve(int[] labels, double[] probabilities, int maxPoints) {
        return curve(labels, probabilities, maxPoints, true);
    }

    /** Points of the precision-recall curve (recall, precision), at most about maxPoints. */
    public static List<CurvePoint> prCurve(int[] labels, double[] probabilities, int maxPoints) {
        return curve(labels, probabilities, maxPoints, false);
    }

    private static List<CurvePoint> curve(int[] labels, double[] probabilities, int maxPoints, boolean roc) {
        Groups groups = Groups.of(labels, probabilities);
        long positives = groups.positives;
        long negatives = groups.negatives;
        List<CurvePoint> points = new ArrayList<>();
        points.add(roc ? new CurvePoint(0, 0, 1) : new CurvePoint(0, 1, 1));
        int step = Math.max(1, labels.length / Math.max(1, maxPoints));
        long tp = 0;
        long fp = 0;
        int sinceLast = 0;
        for (int g = 0; g < groups.count; g++) {
            tp += groups.tiedPositives[g];
            fp += groups.tiedNegatives[g];
            sinceLast += groups.tiedPositives[g] + groups.tiedNegatives[g];
            if (sinceLast >= step || g == groups.count - 1) {
                sinceLast = 0;
                double tpr = positives == 0 ? 0 : (double) tp / positives;
                double fpr = negatives == 0 ? 0 : (double) fp / negatives;
                double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
                double threshold = groups.thresholds[g];
                points.add(roc ? new CurvePoint(fpr, tpr, threshold) : new CurvePoint(tpr, precision, threshold));
            }
        }
        return points;
    }

    /**
     * The distinct probabilities from highest to lowest, with how many positive and how many negative
     * rows have each. The two classes' probabilities are sorted apart (primitive sorts) and merged, so
     * no row index is ever boxed: the bootstrap intervals rank a test set hundreds of times.
     */
    static final class Groups {
        final double[] thresholds;
        final int[] tiedPositives;
        final int[] tiedNegatives;
        final int count;
        final long positives;
        final long negatives;

        private Groups(double[] thresholds, int[] tiedPositives, int[] tiedNegatives, int count, long positives,
                       long negatives) {
            this.thresholds = thresholds;
            this.tiedPositives = tiedPositives;
            this.tiedNegatives = tiedNegatives;
            this.count = count;
            this.positives = positives;
            this.negatives = negatives;
        }

        static Groups of(int[] labels, double[] probabilities) {
            int positives = 0;
            for (int label : labels) {
                positives += label == 1 ? 1 : 0;
            }
            double[] pos = new double[positives];
            double[] neg = new double[labels.length - positives];
            for (int i = 0, p = 0, n = 0; i < labels.length; i++) {
                if (labels[i] == 1) {
                    pos[p++] = probabilities[i];
                } else {
                    neg[n++] = probabilities[i];
                }
            }
            Arrays.sort(pos);
            Arrays.sort(neg);
            double[] thresholds = new double[labels.length];
            int[] tiedPositives = new int[labels.length];
            int[] tiedNegatives = new int[labels.length];
            int count = 0;
            int p = pos.length - 1;
            int n = neg.length - 1;
            while (p >= 0 || n >= 0) {
                double value = p < 0 ? neg[n] : n < 0 ? pos[p] : Double.compare(pos[p], neg[n]) >= 0 ? pos[p] : neg[n];
                int tp = 0;
                while (p >= 0 && Double.compare(pos[p], value) == 0) {
                    tp++;
                    p--;
                }
                int tn = 0;
                while (n >= 0 && Double.compare(neg[n], value) == 0) {
                    tn++;
                    n--;
                }
                thresholds[count] = value;
                tiedPositives[count] = tp;
                tiedNegatives[count] = tn;
                count++;
            }
            return new Groups(thresholds, tiedPositives, tiedNegatives, count, positives, neg.length);
        }
    }
}
