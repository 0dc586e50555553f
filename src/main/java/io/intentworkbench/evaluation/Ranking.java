package io.intentworkbench.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Threshold-free measures and curves computed from the ranking of predicted probabilities. */
public final class Ranking {
    private Ranking() {
    }

    /** Area under the ROC curve; tied probabilities count half (the Mann-Whitney statistic). */
    public static double rocAuc(int[] labels, double[] probabilities) {
        int[] order = descending(probabilities);
        long positives = Arrays.stream(labels).filter(l -> l == 1).count();
        long negatives = labels.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double area = 0;
        long negativesAbove = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            long tiedPositives = 0;
            long tiedNegatives = 0;
            while (j < order.length && probabilities[order[j]] == probabilities[order[i]]) {
                if (labels[order[j]] == 1) {
                    tiedPositives++;
                } else {
                    tiedNegatives++;
                }
                j++;
            }
            area += tiedPositives * (negatives - negativesAbove - tiedNegatives / 2.0);
            negativesAbove += tiedNegatives;
            i = j;
        }
        return area / ((double) positives * negatives);
    }

    /** Average precision: precision at each distinct threshold, weighted by the recall it adds. */
    public static double averagePrecision(int[] labels, double[] probabilities) {
        int[] order = descending(probabilities);
        long positives = Arrays.stream(labels).filter(l -> l == 1).count();
        if (positives == 0) {
            return Double.NaN;
        }
        double sum = 0;
        long truePositives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            long tiedPositives = 0;
            while (j < order.length && probabilities[order[j]] == probabilities[order[i]]) {
                tiedPositives += labels[order[j]] == 1 ? 1 : 0;
                j++;
            }
            truePositives += tiedPositives;
            sum += tiedPositives * ((double) truePositives / j);
            i = j;
        }
        return sum / positives;
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
        int[] order = descending(probabilities);
        long positives = Arrays.stream(labels).filter(l -> l == 1).count();
        long negatives = labels.length - positives;
        List<CurvePoint> points = new ArrayList<>();
        points.add(roc ? new CurvePoint(0, 0, 1) : new CurvePoint(0, 1, 1));
        int step = Math.max(1, order.length / Math.max(1, maxPoints));
        long tp = 0;
        long fp = 0;
        int i = 0;
        int sinceLast = 0;
        while (i < order.length) {
            double threshold = probabilities[order[i]];
            while (i < order.length && probabilities[order[i]] == threshold) {
                tp += labels[order[i]] == 1 ? 1 : 0;
                fp += labels[order[i]] == 1 ? 0 : 1;
                i++;
                sinceLast++;
            }
            if (sinceLast >= step || i == order.length) {
                sinceLast = 0;
                double tpr = positives == 0 ? 0 : (double) tp / positives;
                double fpr = negatives == 0 ? 0 : (double) fp / negatives;
                double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
                points.add(roc ? new CurvePoint(fpr, tpr, threshold) : new CurvePoint(tpr, precision, threshold));
            }
        }
        return points;
    }

    static int[] descending(double[] probabilities) {
        return IntStream.range(0, probabilities.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> probabilities[i]).reversed())
                .mapToInt(Integer::intValue).toArray();
    }
}
