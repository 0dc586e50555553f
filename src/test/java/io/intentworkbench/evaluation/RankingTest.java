package io.intentworkbench.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RankingTest {
    private static final int[] LABELS = {0, 0, 1, 1};
    private static final double[] SCORES = {0.1, 0.4, 0.35, 0.8};

    @Test
    void rocAucMatchesTheTextbookExample() {
        assertThat(Ranking.rocAuc(LABELS, SCORES)).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void averagePrecisionMatchesTheTextbookExample() {
        // Precision 1 at recall 0.5, then 2/3 at recall 1: (1 + 2/3) / 2.
        assertThat(Ranking.averagePrecision(LABELS, SCORES)).isCloseTo(0.8333333333, within(1e-9));
    }

    @Test
    void tiedScoresCountHalf() {
        assertThat(Ranking.rocAuc(new int[] {0, 1}, new double[] {0.5, 0.5})).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void perfectAndReversedRankings() {
        int[] labels = {0, 0, 1, 1, 1};
        double[] scores = {0.1, 0.2, 0.7, 0.8, 0.9};
        assertThat(Ranking.rocAuc(labels, scores)).isEqualTo(1.0);
        assertThat(Ranking.averagePrecision(labels, scores)).isEqualTo(1.0);
        double[] reversed = {0.9, 0.8, 0.3, 0.2, 0.1};
        assertThat(Ranking.rocAuc(labels, reversed)).isEqualTo(0.0);
    }

    @Test
    void rocCurveRunsFromOriginToTopRight() {
        var curve = Ranking.rocCurve(LABELS, SCORES, 100);
        assertThat(curve.get(0).x()).isZero();
        assertThat(curve.get(curve.size() - 1).x()).isEqualTo(1.0);
        assertThat(curve.get(curve.size() - 1).y()).isEqualTo(1.0);
    }

    @Test
    void bestF1ThresholdSeparatesTheClassesWhenItCan() {
        double threshold = Thresholds.bestF1(new int[] {0, 0, 1, 1}, new double[] {0.1, 0.2, 0.6, 0.7});
        assertThat(threshold).isEqualTo(0.6);
    }

    @Test
    void metricsAtAThresholdCountTheConfusionMatrix() {
        Metrics m = Metrics.of(LABELS, SCORES, 0.3);
        assertThat(m.confusion()).isEqualTo(new Confusion(2, 1, 1, 0));
        assertThat(m.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(m.recall()).isEqualTo(1.0);
        assertThat(m.accuracy()).isEqualTo(0.75);
        assertThat(m.rows()).isEqualTo(4);
    }

    @Test
    void agreesWithPairwiseCountingOnRandomScoresWithTies() {
        java.util.Random random = new java.util.Random(3);
        for (int trial = 0; trial < 20; trial++) {
            int n = 50 + random.nextInt(200);
            int[] labels = new int[n];
            double[] scores = new double[n];
            for (int i = 0; i < n; i++) {
                labels[i] = random.nextInt(4) == 0 ? 1 : 0;
                scores[i] = random.nextInt(25) / 24.0; // many ties
            }
            labels[0] = 1;
            labels[1] = 0;
            double pairs = 0;
            double wins = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (labels[i] == 1 && labels[j] == 0) {
                        pairs++;
                        wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                    }
                }
            }
            assertThat(Ranking.rocAuc(labels, scores)).isCloseTo(wins / pairs, within(1e-12));
            // Average precision from its definition: for each positive, the precision among rows scored
            // at least as high.
            double sum = 0;
            int positives = 0;
            for (int i = 0; i < n; i++) {
                if (labels[i] == 1) {
                    positives++;
                    int atLeast = 0;
                    int positiveAtLeast = 0;
                    for (int j = 0; j < n; j++) {
                        if (scores[j] >= scores[i]) {
                            atLeast++;
                            positiveAtLeast += labels[j];
                        }
                    }
                    sum += (double) positiveAtLeast / atLeast;
                }
            }
            assertThat(Ranking.averagePrecision(labels, scores)).isCloseTo(sum / positives, within(1e-12));
        }
    }

    @Test
    void logLossOfConfidentCorrectPredictionsIsSmall() {
        assertThat(Metrics.logLoss(new int[] {1, 0}, new double[] {0.99, 0.01})).isCloseTo(0.01005, within(1e-4));
    }
}
