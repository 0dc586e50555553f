package io.intentworkbench.training;

import io.intentworkbench.model.NetworkSpec;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A throwaway training of the default network on made-up rows. The first training in a process
 * otherwise pays for compiling DL4J's Java code and preparing ND4J's operations, which on a small
 * data set doubles its time. The window runs it while the person looks at their data; {@code bench}
 * runs it before timing. A training that is asked for meanwhile stops it, rather than share the
 * processor with it.
 */
public final class WarmUp {
    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);
    /** Inputs of the made-up rows: about what a behaviour file encodes to. */
    private static final int WIDTH = 64;
    /** Not a multiple of the batch size, so that a last partial minibatch is met as in a real training. */
    private static final int ROWS = 6000;
    private static final int EPOCHS = 40;
    /** The control of the warm-up running now, if any. */
    private static final AtomicReference<TrainingControl> RUNNING = new AtomicReference<>();
    private static final AtomicLong ENDED = new AtomicLong();
    /** Counts requests to stop, so that a warm-up that registers just after one still gives way. */
    private static final AtomicLong STOPS = new AtomicLong();

    private WarmUp() {
    }

    /** Runs the warm-up on the calling thread; returns the seconds it took. */
    public static double run() {
        return run(WIDTH, EPOCHS);
    }

    static double run(int width, int epochs) {
        long started = System.nanoTime();
        TrainingControl control = new TrainingControl();
        long stopsBefore = STOPS.get();
        RUNNING.set(control);
        if (STOPS.get() != stopsBefore) {
            control.cancel(); // a training was asked for between the two reads: give way at once
        }
        Random random = new Random(1);
        float[] trainX = new float[ROWS * width];
        float[] validationX = new float[ROWS / 4 * width];
        int[] trainY = new int[ROWS];
        int[] validationY = new int[ROWS / 4];
        fill(trainX, trainY, width, random);
        fill(validationX, validationY, width, random);
        TrainingSpec spec = TrainingSpec.defaults().withEpochs(epochs).withPatience(0);
        try {
            Trainer.train(new TrainingData(trainX, trainY, validationX, validationY, width), NetworkSpec.defaults(),
                    spec, progress -> { }, control);
        } catch (TrainingCancelledException e) {
            log.info("The warm-up gave way to a training");
        } finally {
            RUNNING.compareAndSet(control, null);
            ENDED.incrementAndGet();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("Warmed up training in {} s", String.format("%.2f", seconds));
        return seconds;
    }

    /** Ends a running warm-up (a training is about to start: its preparation should not share the processor). */
    public static void stop() {
        STOPS.incrementAndGet();
        TrainingControl running = RUNNING.get();
        if (running != null) {
            running.cancel();
        }
    }

    /** Stops a running warm-up unless the training with this control is the warm-up itself. */
    static void giveWay(TrainingControl control) {
        if (RUNNING.get() != control) {
            stop();
        }
    }

    /** How many warm-ups have ended in this process, finished or stopped (for benchmarks that wait for one). */
    public static long ended() {
        return ENDED.get();
    }

    /** Whether a warm-up is running (for tests). */
    static boolean running() {
        return RUNNING.get() != null;
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
}
