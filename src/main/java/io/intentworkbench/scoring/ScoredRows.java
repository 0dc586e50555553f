package io.intentworkbench.scoring;

/**
 * Purchase probabilities for every row of a file.
 *
 * @param probabilities NaN where a row could not be scored
 * @param errors        why a row could not be scored, or null where it was scored
 */
public record ScoredRows(double[] probabilities, String[] errors, double threshold) {
    public int rows() {
        return probabilities.length;
    }

    public int failed() {
        int n = 0;
        for (String error : errors) {
            n += error == null ? 0 : 1;
        }
        return n;
    }

    /** The share of scored rows predicted to buy at the threshold. */
    public double predictedPositiveShare() {
        int scored = 0;
        int positive = 0;
        for (double p : probabilities) {
            if (!Double.isNaN(p)) {
                scored++;
                positive += p >= threshold ? 1 : 0;
            }
        }
        return scored == 0 ? 0 : (double) positive / scored;
    }
}
