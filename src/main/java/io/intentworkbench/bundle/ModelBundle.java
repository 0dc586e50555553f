package io.intentworkbench.bundle;

import io.intentworkbench.data.ColumnValues;
import io.intentworkbench.evaluation.Baselines;
import io.intentworkbench.evaluation.PlattScaling;
import io.intentworkbench.features.FeaturePipeline;
import io.intentworkbench.training.NetworkOutput;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

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
        double[] probabilities = NetworkOutput.probabilities(network, features, rows, pipeline.width());
        PlattScaling calibration = settings == null ? null : settings.calibration();
        return calibration == null ? probabilities : calibration.apply(probabilities);
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
