package io.intentworkbench.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.intentworkbench.model.NetworkSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TrainerTest {
    private static final int WIDTH = 4;

    /** Rows whose label follows the sign of a weighted sum, with noise. */
    private static TrainingData data(int trainRows, int validationRows, long seed) {
        Random random = new Random(seed);
        float[][] x = new float[2][];
        int[][] y = new int[2][];
        int[] sizes = {trainRows, validationRows};
        for (int part = 0; part < 2; part++) {
            x[part] = new float[sizes[part] * WIDTH];
            y[part] = new int[sizes[part]];
            for (int i = 0; i < sizes[part]; i++) {
                double sum = 0;
                for (int j = 0; j < WIDTH; j++) {
                    float v = (float) random.nextGaussian();
                    x[part][i * WIDTH + j] = v;
                    sum += (j + 1) * v;
                }
                y[part][i] = sum + random.nextGaussian() > 1.5 ? 1 : 0;
            }
        }
        return new TrainingData(x[0], y[0], x[1], y[1], WIDTH);
    }

    private static TrainingSpec quick() {
        return TrainingSpec.defaults().withEpochs(8).withPatience(0).withBatchSize(64);
    }

    @Test
    void reportsEveryEpochAndLearns() {
        List<EpochProgress> events = new ArrayList<>();
        TrainingResult result = Trainer.train(data(1500, 500, 1), NetworkSpec.defaults(), quick(), events::add,
                new TrainingControl());
        assertThat(events).hasSize(8);
        assertThat(events.get(7).epoch()).isEqualTo(8);
        assertThat(events.get(7).validationRocAuc()).isGreaterThan(0.9);
        assertThat(events.get(7).validationLoss()).isLessThan(events.get(0).validationLoss());
        assertThat(events.get(3).remainingSeconds()).isPositive();
        assertThat(result.network()).isNotNull();
        assertThat(result.bestEpoch()).isBetween(1, 8);
    }

    @Test
    void theSameSeedGivesTheSameLosses() {
        TrainingData data = data(800, 200, 2);
        List<EpochProgress> first = new ArrayList<>();
        List<EpochProgress> second = new ArrayList<>();
        Trainer.train(data, NetworkSpec.defaults(), quick().withEpochs(3), first::add, new TrainingControl());
        Trainer.train(data, NetworkSpec.defaults(), quick().withEpochs(3), second::add, new TrainingControl());
        for (int i = 0; i < 3; i++) {
            assertThat(second.get(i).validationLoss()).isEqualTo(first.get(i).validationLoss());
        }
    }

    @Test
    void seedZeroIsASeedLikeAnyOther() {
        TrainingData data = data(600, 200, 7);
        List<EpochProgress> first = new ArrayList<>();
        List<EpochProgress> second = new ArrayList<>();
        Trainer.train(data, NetworkSpec.defaults(), quick().withEpochs(3).withSeed(0), first::add,
                new TrainingControl());
        Trainer.train(data, NetworkSpec.defaults(), quick().withEpochs(3).withSeed(0), second::add,
                new TrainingControl());
        assertThat(second.get(2).validationLoss()).isEqualTo(first.get(2).validationLoss());
    }

    @Test
    void stopsEarlyAndKeepsTheBestEpoch() {
        TrainingSpec spec = TrainingSpec.defaults().withEpochs(200).withPatience(3).withBatchSize(32);
        NetworkSpec big = NetworkSpec.defaults().withLearningRate(0.01);
        TrainingResult result = Trainer.train(data(300, 300, 3), big, spec, TrainingListener.NONE,
                new TrainingControl());
        assertThat(result.epochsRun()).isLessThan(200);
        assertThat(result.epochsRun() - result.bestEpoch()).isEqualTo(3);
        double best = result.history().get(result.bestEpoch() - 1).validationLoss();
        assertThat(result.history()).allSatisfy(p -> assertThat(p.validationLoss()).isGreaterThanOrEqualTo(best));
    }

    @Test
    void aHugeLearningRateStopsWithADivergedMessage() {
        NetworkSpec reckless = NetworkSpec.defaults().withLearningRate(10)
                .withOptimizer(io.intentworkbench.model.Optimizer.SGD_MOMENTUM);
        TrainingData data = data(500, 100, 4);
        for (int i = 0; i < data.trainX().length; i++) {
            data.trainX()[i] *= 1e4f;
        }
        assertThatThrownBy(() -> Trainer.train(data, reckless, quick().withEpochs(50), TrainingListener.NONE,
                new TrainingControl())).isInstanceOf(TrainingDivergedException.class)
                .hasMessageContaining("Training diverged").hasMessageContaining("learning rate");
    }

    @Test
    void cancellingStopsWithinAMinibatchAndOffersNoModel() throws Exception {
        TrainingControl control = new TrainingControl();
        CountDownLatch firstEpoch = new CountDownLatch(1);
        CompletableFuture<TrainingResult> run = CompletableFuture.supplyAsync(() -> Trainer.train(
                data(2000, 200, 5), NetworkSpec.defaults(), quick().withEpochs(500).withBatchSize(16),
                p -> firstEpoch.countDown(), control));
        assertThat(firstEpoch.await(60, TimeUnit.SECONDS)).isTrue();
        long cancelledAt = System.nanoTime();
        control.cancel();
        assertThatThrownBy(() -> run.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(TrainingCancelledException.class);
        assertThat((System.nanoTime() - cancelledAt) / 1e9).isLessThan(5);
    }

    @Test
    void pausingHoldsTrainingUntilResumed() throws Exception {
        TrainingControl control = new TrainingControl();
        List<EpochProgress> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch firstEpoch = new CountDownLatch(1);
        control.pause();
        CompletableFuture<TrainingResult> run = CompletableFuture.supplyAsync(() -> Trainer.train(
                data(300, 100, 6), NetworkSpec.defaults(), quick().withEpochs(2),
                p -> {
                    events.add(p);
                    firstEpoch.countDown();
                }, control));
        assertThat(firstEpoch.await(1, TimeUnit.SECONDS)).isFalse();
        assertThat(events).isEmpty();
        control.resume();
        assertThat(run.get(60, TimeUnit.SECONDS).epochsRun()).isEqualTo(2);
    }
}
