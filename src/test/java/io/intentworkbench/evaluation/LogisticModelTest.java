package io.intentworkbench.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticModelTest {
    @Test
    void learnsALinearSignal() {
        Random random = new Random(3);
        int rows = 2000;
        float[] x = new float[rows * 2];
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            x[i * 2] = (float) random.nextGaussian();
            x[i * 2 + 1] = (float) random.nextGaussian();
            double logit = 2 * x[i * 2] - x[i * 2 + 1];
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
        }
        LogisticModel model = LogisticModel.fit(x, y, 2);
        assertThat(model.weights()[0]).isBetween(1.6, 2.4);
        assertThat(model.weights()[1]).isBetween(-1.3, -0.7);
        assertThat(model.intercept()).isBetween(-0.3, 0.3);
        assertThat(Ranking.rocAuc(y, model.predict(x, rows))).isGreaterThan(0.8);
    }
}
