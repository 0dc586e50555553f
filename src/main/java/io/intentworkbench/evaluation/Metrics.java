package io.intentworkbench.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How well predicted probabilities match the labels of a set of rows, at one threshold. */
public record Metrics(
        @JsonProperty("roc_auc") double rocAuc,
        @JsonProperty("pr_auc") double prAuc,
        double f1,
        double precision,
        double recall,
        double accuracy,
        @JsonProperty("log_loss") double logLoss,
        double threshold,
        Confusion confusion,
        long rows) {

    public static Metrics of(int[] labels, double[] probabilities, double threshold) {
        Confusion confusion = Confusion.at(labels, probabilities, threshold);
        return new Metrics(Ranking.rocAuc(labels, probabilities), Ranking.averagePrecision(labels, probabilities),
                confusion.f1(), confusion.precision(), confusion.recall(), confusion.accuracy(),
                logLoss(labels, probabilities), threshold, confusion, labels.length);
    }

    /**
     * The same rows at another threshold: only the confusion and the figures drawn from it change,
     * so ROC AUC, PR AUC and log loss are taken over instead of computed again.
     */
    public Metrics atThreshold(int[] labels, double[] probabilities, double newThreshold) {
        Confusion c = Confusion.at(labels, probabilities, newThreshold);
        return new Metrics(rocAuc, prAuc, c.f1(), c.precision(), c.recall(), c.accuracy(), logLoss, newThreshold, c,
                rows);
    }

    /** Mean negative log-likelihood, with probabilities kept away from 0 and 1 by 1e-7. */
    public static double logLoss(int[] labels, double[] probabilities) {
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            double p = Math.min(1 - 1e-7, Math.max(1e-7, probabilities[i]));
            sum -= labels[i] == 1 ? Math.log(p) : Math.log(1 - p);
        }
        return labels.length == 0 ? Double.NaN : sum / labels.length;
    }
}
