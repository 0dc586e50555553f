package io.intentworkbench.bundle;

import io.intentworkbench.data.ColumnValues;
import io.intentworkbench.evaluation.Baselines;
import io.intentworkbench.evaluation.PlattScaling;
import io.intentworkbench.features.FeaturePipeline;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A trained model with everything needed to use, explain and repeat it: the network, the feature
 * pipeline, the input schema, the settings and threshold, the baselines and the measured metrics.
 * The network is used by one thread at a time (a DL4J network is not thread-safe).
 */
public record ModelBundle(BundleManifest manifest, InputSchema schema, FeaturePipeline pipeline,
                          BundleSettings settings, Baselines baselines, RunMetrics metrics,
                          MultiLayerNetwork network) {
    private static final int CHUNK_ROWS = 16_384;

    public double threshold() {
        return settings.threshold();
    }

    /** Purchase probabilities of encoded rows (row-major, pipeline width). */
    public double[] predictEncoded(float[] features, int rows) {
        double[] probabilities = predict(network, features, rows, pipeline.width());
        PlattScaling calibration = settings == null ? null : settings.calibration();
        return calibration == null ? probabilities : calibration.apply(probabilities);
    }

    /** Purchase probabilities of encoded rows from a network, in chunks, one thread at a time per network. */
    public static double[] predict(MultiLayerNetwork network, float[] features, int rows, int width) {
        double[] probabilities = new double[rows];
        for (int start = 0; start < rows; start += CHUNK_ROWS) {
            int size = Math.min(CHUNK_ROWS, rows - start);
            float[] chunk = new float[size * width];
            System.arraycopy(features, start * width, chunk, 0, size * width);
            INDArray output;
            synchronized (network) {
                output = network.output(Nd4j.create(chunk, new long[] {size, width}, 'c'), false);
            }
            double[] positive = output.getColumn(1).toDoubleVector();
            System.arraycopy(positive, 0, probabilities, start, size);
        }
        return probabilities;
    }

    /** Purchase probabilities of the given rows of a table. */
    public double[] predict(ColumnValues values, int[] rows) {
        double[] probabilities = new double[rows.length];
        for (int start = 0; start < rows.length; start += CHUNK_ROWS) {
            int[] chunk = java.util.Arrays.copyOfRange(rows, start, Math.min(rows.length, start + CHUNK_ROWS));
            double[] p = predictEncoded(pipeline.transform(values, chunk), chunk.length);
            System.arraycopy(p, 0, probabilities, start, p.length);
        }
        return probabilities;
    }
}
