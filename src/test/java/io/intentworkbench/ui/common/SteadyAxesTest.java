package io.intentworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SteadyAxesTest {
    @Test
    void theEpochAxisMovesOnlyAFewTimesInALongTraining() {
        double upper = 100; // JavaFX's default before any point
        int moves = 0;
        for (int epoch = 1; epoch <= 200; epoch++) {
            double[] bounds = SteadyAxes.epochBounds(epoch, upper);
            if (bounds != null) {
                moves++;
                assertThat(bounds[0]).isZero();
                assertThat(bounds[1]).isGreaterThanOrEqualTo(epoch);
                upper = bounds[1];
            }
            assertThat(epoch).isLessThanOrEqualTo((int) upper);
        }
        assertThat(moves).isBetween(3, 6);
        // A new run clears the chart: the axis shrinks back to the first ten epochs.
        assertThat(SteadyAxes.epochBounds(Double.NEGATIVE_INFINITY, upper)).containsExactly(0, 10, 2);
    }

    @Test
    void valueBoundsHoldTheValuesOnRoundTicksAndStayWhileTheyStillFit() {
        double[] first = SteadyAxes.valueBounds(0.62, 0.62, 0, 1);
        assertThat(first[0]).isLessThan(0.62);
        assertThat(first[1]).isGreaterThan(0.62);
        assertThat(first[0] / first[2]).isCloseTo(Math.rint(first[0] / first[2]), within(1e-9));
        double[] wider = SteadyAxes.valueBounds(0.31, 0.62, first[0], first[1]);
        assertThat(wider).containsExactly(0.1, 0.7, 0.1); // room to spare below, where the values went
        assertThat(SteadyAxes.valueBounds(0.35, 0.6, 0.1, 0.7)).isNull();
        // Values filling less than a quarter of the range (a new run) bring the bounds in.
        assertThat(SteadyAxes.valueBounds(0.40, 0.42, 0, 1)).isNotNull();
        assertThat(SteadyAxes.valueBounds(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, 1)).isNull();
    }

    @Test
    void aFallingLossMovesTheAxisOnlyAFewTimes() {
        double lower = 0;
        double upper = 100;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        int moves = 0;
        for (int epoch = 1; epoch <= 60; epoch++) {
            double loss = 0.2 + 0.5 * Math.exp(-epoch / 6.0);
            low = Math.min(low, loss);
            high = Math.max(high, loss);
            double[] bounds = SteadyAxes.valueBounds(low, high, lower, upper);
            if (bounds != null) {
                moves++;
                lower = bounds[0];
                upper = bounds[1];
            }
            assertThat(low).isGreaterThanOrEqualTo(lower);
            assertThat(high).isLessThanOrEqualTo(upper);
        }
        assertThat(moves).isBetween(1, 5);
        // Values too large to span leave the bounds as they are rather than fail.
        assertThat(SteadyAxes.valueBounds(-Double.MAX_VALUE, Double.MAX_VALUE, 0, 1)).isNull();
        assertThat(NiceScale.range(-Double.MAX_VALUE, Double.MAX_VALUE)[2]).isFinite();
    }

    @Test
    void niceRangesStartAndEndOnTicks() {
        assertThat(NiceScale.range(0, 22)).containsExactly(0, 25, 5);
        assertThat(NiceScale.range(3, 3)).containsExactly(2, 4, 0.5);
        assertThat(NiceScale.range(-0.013, 0.87)).containsExactly(-0.2, 1.0, 0.2);
    }
}
