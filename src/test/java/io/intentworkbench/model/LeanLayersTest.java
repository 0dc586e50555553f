package io.intentworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class LeanLayersTest {
    private static final int WIDTH = 12;

    private static DataSet batch(int rows, long seed) {
        Random random = new Random(seed);
        float[] x = new float[rows * WIDTH];
        float[] y = new float[rows * 2];
        for (int i = 0; i < rows; i++) {
            double sum = 0;
            for (int j = 0; j < WIDTH; j++) {
                x[i * WIDTH + j] = (float) random.nextGaussian();
                sum += (j % 3 - 1) * x[i * WIDTH + j];
            }
            y[i * 2 + (sum + random.nextGaussian() > 0 ? 1 : 0)] = 1;
        }
        return new DataSet(Nd4j.create(x, new long[] {rows, WIDTH}, 'c'), Nd4j.create(y, new long[] {rows, 2}, 'c'));
    }

    private static NetworkSpec spec(double dropout) {
        return NetworkSpec.defaults().withLayers(List.of(LayerSpec.relu(16, dropout), LayerSpec.relu(8, dropout)))
                .withRegularization(0, 0.003);
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void trainsToTheSameWeightsAsDl4jsOwnLayers(Activation activation) {
        NetworkSpec spec = spec(0).withLayers(List.of(new LayerSpec(16, activation, 0),
                new LayerSpec(8, activation, 0)));
        MultiLayerNetwork lean = assertTrainsLikeDl4j(spec, new double[] {1, 3});
        // Training skips the loss it would only report; asked for it, the network gives the data loss
        // alone, where DL4J's adds the L2 penalty.
        MultiLayerNetwork plain = NetworkFactory.buildWithDl4jLayers(spec, WIDTH, new double[] {1, 3}, 7);
        DataSet data = batch(100, 123);
        lean.fit(data);
        plain.fit(data);
        assertThat(lean.score()).isZero();
        assertThat(lean.score(data)).isGreaterThan(0).isLessThan(plain.score(data));
    }

    @Test
    void trainsToTheSameWeightsWithoutClassWeightsAndWithThreeLayers() {
        assertTrainsLikeDl4j(spec(0), null);
        assertTrainsLikeDl4j(spec(0).withLayers(List.of(LayerSpec.relu(16, 0), LayerSpec.relu(8, 0),
                LayerSpec.relu(4, 0))), new double[] {2, 1});
    }

    /** Trains the lean network and DL4J's on the same 40 minibatches; returns the lean one. */
    private static MultiLayerNetwork assertTrainsLikeDl4j(NetworkSpec spec, double[] classWeights) {
        MultiLayerNetwork lean = NetworkFactory.build(spec, WIDTH, classWeights, 7);
        MultiLayerNetwork plain = NetworkFactory.buildWithDl4jLayers(spec, WIDTH, classWeights, 7);
        int last = spec.layers().size();
        assertThat(lean.getLayers()[0]).isInstanceOf(LeanDenseLayer.class);
        assertThat(lean.getLayers()[last]).isInstanceOf(LeanOutputLayer.class);
        assertThat(plain.getLayers()[0]).isNotInstanceOf(LeanDenseLayer.class);
        assertThat(lean.params().equalsWithEps(plain.params(), 0)).isTrue();
        for (int i = 0; i < 40; i++) {
            DataSet data = batch(i % 5 == 4 ? 37 : 100, i);
            lean.fit(data);
            plain.fit(data);
        }
        assertThat(lean.params().sub(plain.params()).amaxNumber().doubleValue()).isLessThan(1e-4);
        INDArray features = batch(50, 99).getFeatures();
        assertThat(lean.output(features).equalsWithEps(plain.output(features), 1e-5)).isTrue();
        return lean;
    }

    @Test
    void aSavedModelIsPlainDl4jAndLoadsBackLean() throws Exception {
        MultiLayerNetwork lean = NetworkFactory.build(spec(0.2), WIDTH, null, 3);
        for (int i = 0; i < 10; i++) {
            lean.fit(batch(64, i));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelSerializer.writeModel(lean, bytes, false);
        MultiLayerNetwork plain = ModelSerializer.restoreMultiLayerNetwork(
                new ByteArrayInputStream(bytes.toByteArray()), false);
        assertThat(plain.getLayers()[0]).isNotInstanceOf(LeanDenseLayer.class);
        MultiLayerNetwork loaded = NetworkFactory.prepareLoaded(plain);
        assertThat(loaded.getLayers()[1]).isInstanceOf(LeanDenseLayer.class);
        INDArray features = batch(30, 5).getFeatures();
        assertThat(loaded.output(features).equalsWithEps(lean.output(features), 1e-6)).isTrue();
    }

    @Test
    void dropoutKeepsTheGivenShareScaledUpAndRepeatsWithTheSeed() {
        int length = 200_001;
        float[] values = new float[length];
        LeanLayers.MaskedDropout.fill(values, length, 0.8, new SplittableRandom(11));
        int kept = 0;
        for (float v : values) {
            assertThat(v == 0f || v == 1.25f).as("mask value %s", v).isTrue();
            kept += v > 0 ? 1 : 0;
        }
        assertThat(kept / (double) length).isCloseTo(0.8, within(0.005));
        float[] again = new float[length];
        LeanLayers.MaskedDropout.fill(again, length, 0.8, new SplittableRandom(11));
        assertThat(again).containsExactly(values);
    }

    @Test
    void trainingWithDropoutIsRepeatableAndDiffersFromWithout() {
        MultiLayerNetwork first = NetworkFactory.build(spec(0.3), WIDTH, null, 5);
        MultiLayerNetwork second = NetworkFactory.build(spec(0.3), WIDTH, null, 5);
        MultiLayerNetwork none = NetworkFactory.build(spec(0), WIDTH, null, 5);
        for (int i = 0; i < 15; i++) {
            DataSet data = batch(80, i);
            first.fit(data);
            second.fit(data);
            none.fit(data);
        }
        assertThat(first.params().equalsWithEps(second.params(), 0)).isTrue();
        assertThat(first.params().sub(none.params()).amaxNumber().doubleValue()).isGreaterThan(1e-3);
    }
}
