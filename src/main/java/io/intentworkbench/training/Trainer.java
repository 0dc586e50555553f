package io.intentworkbench.training;

import io.intentworkbench.evaluation.Metrics;
import io.intentworkbench.evaluation.Ranking;
import io.intentworkbench.model.NetworkFactory;
import io.intentworkbench.model.NetworkSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a network with minibatches, checks the validation rows after every epoch, stops early
 * when the watched figure (PR AUC by default, or loss) has not improved for a while, and restores
 * the best epoch's weights.
 *
 * <p>The loop is the project's own rather than DL4J's EarlyStoppingTrainer, which throws a
 * NullPointerException when the score is NaN in the first epoch (deeplearning4j issue 10190).
 */
public final class Trainer {
    private static final Logger log = LoggerFactory.getLogger(Trainer.class);
    private static final double MIN_IMPROVEMENT = 1e-4;
    private static final int MONITORED_ROWS = 2048;

    private Trainer() {
    }

    /** Trains on the calling thread. */
    public static TrainingResult train(TrainingData data, NetworkSpec network, TrainingSpec spec,
                                       TrainingListener listener, TrainingControl control) {
        WarmUp.giveWay(control);
        long started = System.nanoTime();
        MultiLayerNetwork net = NetworkFactory.build(network, data.width(),
                spec.classWeights().weights(data.trainY()), spec.seed());
        log.info("Training {} on {} rows x {} inputs ({} parameters), validating on {} rows; {}", network,
                data.trainRows(), data.width(), net.numParams(), data.validationRows(), spec);
        int[] monitored = monitoredRows(data.trainRows(), spec.seed());
        INDArray trainX = matrix(gather(data.trainX(), monitored, data.width()), monitored.length, data.width());
        int[] monitoredY = java.util.Arrays.stream(monitored).map(r -> data.trainY()[r]).toArray();
        INDArray validationX = matrix(data.validationX(), data.validationRows(), data.width());
        Random shuffle = new Random(spec.seed());
        Minibatches batches = new Minibatches(data, spec.batchSize());
        List<EpochProgress> history = new ArrayList<>();
        INDArray bestParams = null;
        double bestScore = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        for (int epoch = 1; epoch <= spec.maxEpochs(); epoch++) {
            runEpoch(net, data, batches, shuffle, control);
            double[] trainP = NetworkOutput.probabilities(net, trainX);
            // Measured like the validation loss: the network as it stands after the epoch, without dropout.
            double trainLoss = Metrics.logLoss(monitoredY, trainP);
            double[] validationP = NetworkOutput.probabilities(net, validationX);
            double validationLoss = Metrics.logLoss(data.validationY(), validationP);
            if (!Double.isFinite(validationLoss) || !Double.isFinite(trainLoss)) {
                throw new TrainingDivergedException(epoch, network.learningRate());
            }
            double validationPrAuc = Ranking.averagePrecision(data.validationY(), validationP);
            double score = score(spec.stopOn(), validationLoss, validationPrAuc);
            if (score < bestScore - MIN_IMPROVEMENT || bestParams == null) {
                bestScore = score;
                bestEpoch = epoch;
                bestParams = net.params().dup();
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            EpochProgress progress = new EpochProgress(epoch, spec.maxEpochs(), trainLoss, validationLoss,
                    accuracy(monitoredY, trainP), accuracy(data.validationY(), validationP),
                    Ranking.rocAuc(data.validationY(), validationP), validationPrAuc, elapsed,
                    elapsed / epoch * (spec.maxEpochs() - epoch));
            history.add(progress);
            listener.onEpoch(progress);
            if (spec.patience() > 0 && epoch - bestEpoch >= spec.patience()) {
                break;
            }
        }
        net.setParams(bestParams);
        double seconds = (System.nanoTime() - started) / 1e9;
        EpochProgress best = history.get(bestEpoch - 1);
        log.info("Trained {} epochs in {} s; best epoch by {}: {} (validation loss {}, PR AUC {})", history.size(),
                String.format("%.2f", seconds), spec.stopOn().label(), bestEpoch,
                String.format("%.4f", best.validationLoss()), String.format("%.4f", best.validationPrAuc()));
        return new TrainingResult(net, history, bestEpoch, seconds);
    }

    /**
     * The figure the best epoch minimises. Validation rows with no purchase have no PR AUC; the
     * loss stands in for it then.
     */
    static double score(StopOn stopOn, double validationLoss, double validationPrAuc) {
        return stopOn == StopOn.PR_AUC && Double.isFinite(validationPrAuc) ? -validationPrAuc : validationLoss;
    }

    /** One pass over the training rows in shuffled minibatches. */
    private static void runEpoch(MultiLayerNetwork net, TrainingData data, Minibatches batches, Random shuffle,
                                 TrainingControl control) {
        int[] order = permutation(data.trainRows(), shuffle);
        for (int start = 0; start < order.length; start += batches.batchSize) {
            control.checkpoint();
            net.fit(batches.fill(order, start));
        }
    }

    /**
     * Feature and one-hot label arrays made once per training and refilled for each minibatch with one
     * bulk copy each. Creating fresh arrays per minibatch cost a tenth of the training time (an
     * element-wise copy into native memory, then its release).
     */
    private static final class Minibatches {
        private final TrainingData data;
        private final int batchSize;
        private final Map<Integer, DataSet> bySize = new HashMap<>();
        private final float[] features;
        private final float[] labels;

        Minibatches(TrainingData data, int batchSize) {
            this.data = data;
            this.batchSize = batchSize;
            int size = Math.min(batchSize, data.trainRows());
            this.features = new float[size * data.width()];
            this.labels = new float[size * 2];
        }

        /** The minibatch of the rows order[start], order[start + 1], ... (up to the batch size). */
        DataSet fill(int[] order, int start) {
            int width = data.width();
            int size = Math.min(batchSize, order.length - start);
            java.util.Arrays.fill(labels, 0, size * 2, 0f);
            for (int i = 0; i < size; i++) {
                int row = order[start + i];
                System.arraycopy(data.trainX(), row * width, features, i * width, width);
                labels[i * 2 + data.trainY()[row]] = 1f;
            }
            DataSet batch = bySize.computeIfAbsent(size, n -> new DataSet(
                    Nd4j.create(DataType.FLOAT, new long[] {n, width}, 'c'),
                    Nd4j.create(DataType.FLOAT, new long[] {n, 2}, 'c')));
            batch.getFeatures().data().asNioFloat().put(features, 0, size * width);
            batch.getLabels().data().asNioFloat().put(labels, 0, size * 2);
            return batch;
        }
    }

    /**
     * The training rows whose loss and accuracy are reported each epoch: all of them up to
     * {@link #MONITORED_ROWS}, a fixed random sample beyond, so that the report costs little per epoch.
     */
    private static int[] monitoredRows(int rows, long seed) {
        int[] order = permutation(rows, new Random(seed ^ 0x5DEECE66DL));
        int[] chosen = java.util.Arrays.copyOf(order, Math.min(rows, MONITORED_ROWS));
        java.util.Arrays.sort(chosen);
        return chosen;
    }

    private static float[] gather(float[] matrix, int[] rows, int width) {
        float[] out = new float[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(matrix, rows[i] * width, out, i * width, width);
        }
        return out;
    }

    static int[] permutation(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    static INDArray matrix(float[] values, int rows, int width) {
        return Nd4j.create(values, new long[] {rows, width}, 'c');
    }

    private static double accuracy(int[] labels, double[] probabilities) {
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            correct += (probabilities[i] >= 0.5) == (labels[i] == 1) ? 1 : 0;
        }
        return labels.length == 0 ? Double.NaN : (double) correct / labels.length;
    }
}
