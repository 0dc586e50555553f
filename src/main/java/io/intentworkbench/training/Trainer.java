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
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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
    private static final int WARM_UP_ROWS = 6000;
    /** The control of the warm-up running now, if any. */
    private static final AtomicReference<TrainingControl> WARM_UP = new AtomicReference<>();
    private static final AtomicLong WARM_UPS_ENDED = new AtomicLong();
    /** Counts requests to stop warming up, so that a warm-up that registers just after one still gives way. */
    private static final AtomicLong TRAININGS_REQUESTED = new AtomicLong();
    private static final int WARM_UP_EPOCHS = 40;

    private Trainer() {
    }

    /**
     * Trains the default network for a few epochs on made-up rows of the given width and throws it
     * away. The first training in a process otherwise pays for compiling DL4J's Java code and
     * preparing ND4J's operations, which on a small data set doubles its time. The window calls this
     * while the person looks at their data; {@code bench} calls it before timing. A training that
     * starts meanwhile stops the warm-up, rather than share the processor with it.
     *
     * @return the seconds it took
     */
    public static double warmUp(int width) {
        return warmUp(width, WARM_UP_EPOCHS);
    }

    static double warmUp(int width, int epochs) {
        long started = System.nanoTime();
        TrainingControl control = new TrainingControl();
        long trainingsBefore = TRAININGS_REQUESTED.get();
        WARM_UP.set(control);
        if (TRAININGS_REQUESTED.get() != trainingsBefore) {
            control.cancel(); // a training was asked for between the two reads: give way at once
        }
        Random random = new Random(1);
        int trainRows = WARM_UP_ROWS;
        int validationRows = WARM_UP_ROWS / 4;
        float[] trainX = new float[trainRows * width];
        float[] validationX = new float[validationRows * width];
        int[] trainY = new int[trainRows];
        int[] validationY = new int[validationRows];
        fill(trainX, trainY, width, random);
        fill(validationX, validationY, width, random);
        TrainingSpec spec = TrainingSpec.defaults().withEpochs(epochs).withPatience(0);
        try {
            train(new TrainingData(trainX, trainY, validationX, validationY, width), NetworkSpec.defaults(), spec,
                    progress -> { }, control);
        } catch (TrainingCancelledException e) {
            log.info("The warm-up gave way to a training");
        } finally {
            WARM_UP.compareAndSet(control, null);
            WARM_UPS_ENDED.incrementAndGet();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("Warmed up training in {} s", String.format("%.2f", seconds));
        return seconds;
    }

    /** Ends a running warm-up (a training is about to start: its preparation should not share the processor). */
    public static void stopWarmUp() {
        TRAININGS_REQUESTED.incrementAndGet();
        TrainingControl warmUp = WARM_UP.get();
        if (warmUp != null) {
            warmUp.cancel();
        }
    }

    /** How many warm-ups have ended in this process, finished or stopped (for benchmarks that wait for one). */
    public static long warmUpsEnded() {
        return WARM_UPS_ENDED.get();
    }

    /** Whether a warm-up is running (for tests). */
    static boolean warmingUp() {
        return WARM_UP.get() != null;
    }

    private static void fill(float[] x, int[] y, int width, Random random) {
        for (int i = 0; i < y.length; i++) {
            double sum = 0;
            for (int j = 0; j < width; j++) {
                x[i * width + j] = (float) random.nextGaussian();
                sum += x[i * width + j] * ((j % 2) * 2 - 1);
            }
            y[i] = sum > 0 ? 1 : 0;
        }
    }

    /** Trains on the calling thread. */
    public static TrainingResult train(TrainingData data, NetworkSpec network, TrainingSpec spec,
                                       TrainingListener listener, TrainingControl control) {
        if (WARM_UP.get() != control) {
            stopWarmUp();
        }
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
                    Nd4j.create(DataType.FLOAT, new long[] {n, width}, 'c'), Nd4j.create(DataType.FLOAT, new long[] {n, 2}, 'c')));
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
