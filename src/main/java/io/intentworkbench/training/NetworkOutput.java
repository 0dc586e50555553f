package io.intentworkbench.training;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The one way the project asks a network for purchase probabilities (its second output), used while
 * training, when evaluating and when scoring. A DL4J network is not safe from two threads at once,
 * so every call holds the network's lock.
 */
public final class NetworkOutput {
    private static final int CHUNK_ROWS = 16_384;

    private NetworkOutput() {
    }

    /** The purchase probability of each row of a feature matrix. */
    public static double[] probabilities(MultiLayerNetwork network, INDArray features) {
        if (features.rows() == 0) {
            return new double[0];
        }
        INDArray output;
        synchronized (network) {
            output = network.output(features, false);
        }
        return output.getColumn(1).toDoubleVector();
    }

    /** The purchase probability of encoded rows (row-major, the given width), in chunks of bounded size. */
    public static double[] probabilities(MultiLayerNetwork network, float[] features, int rows, int width) {
        double[] probabilities = new double[rows];
        for (int start = 0; start < rows; start += CHUNK_ROWS) {
            int size = Math.min(CHUNK_ROWS, rows - start);
            float[] chunk = new float[size * width];
            System.arraycopy(features, start * width, chunk, 0, size * width);
            double[] positive = probabilities(network, Nd4j.create(chunk, new long[] {size, width}, 'c'));
            System.arraycopy(positive, 0, probabilities, start, size);
        }
        return probabilities;
    }
}
