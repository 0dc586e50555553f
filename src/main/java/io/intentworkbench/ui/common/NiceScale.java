package io.intentworkbench.ui.common;

import java.math.BigDecimal;

/** Axis ranges that start and end on round ticks. */
public final class NiceScale {
    private NiceScale() {
    }

    /**
     * A range around [low, high] that starts and ends on round ticks (1, 2 or 5 times a power of
     * ten, about five of them), with the tick step: {min, max, step}.
     */
    public static double[] range(double low, double high) {
        if (!(high > low)) {
            return new double[] {low - 1, low + 1, 0.5};
        }
        if (!Double.isFinite(high - low)) {
            return new double[] {low, high, high / 5 - low / 5};
        }
        double raw = (high - low) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
        // Multiplied in decimal, so that 7 steps of 0.1 end at 0.7 rather than 0.7000000000000001.
        BigDecimal decimalStep = BigDecimal.valueOf(step);
        return new double[] {decimalStep.multiply(BigDecimal.valueOf(Math.floor(low / step))).doubleValue(),
                decimalStep.multiply(BigDecimal.valueOf(Math.ceil(high / step))).doubleValue(), step};
    }
}
