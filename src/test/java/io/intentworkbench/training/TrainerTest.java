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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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

    @ParameterizedTest
    @EnumSource(StopOn.class)
    void stopsEarlyAndKeepsTheBestEpochByTheWatchedFigure(StopOn stopOn) {
        TrainingSpec spec = TrainingSpec.defaults().withEpochs(200).withPatience(3).withBatchSize(32)
                .withStopOn(stopOn);
        NetworkSpec big = NetworkSpec.defaults().withLearningRate(0.01);
        TrainingResult result = Trainer.train(data(300, 300, 3), big, spec, TrainingListener.NONE,
                new TrainingControl());
        assertThat(result.epochsRun()).isLessThan(200);
        assertThat(result.epochsRun() - result.bestEpoch()).isEqualTo(3);
        EpochProgress best = result.history().get(result.bestEpoch() - 1);
        if (stopOn == StopOn.LOSS) {
            assertThat(result.history()).allSatisfy(p -> assertThat(p.validationLoss())
                    .isGreaterThan(best.validationLoss() - 1e-4));
        } else {
            assertThat(result.history()).allSatisfy(p -> assertThat(p.validationPrAuc())
                    .isLessThan(best.validationPrAuc() + 1e-4));
            assertThat(best.validationPrAuc()).isBetween(0.5, 1.0);
        }
    }

    @Test
    void theWatchedFigureFallsBackToTheLossWithoutValidationPurchases() {
        assertThat(Trainer.score(StopOn.PR_AUC, 0.3, 0.8)).isEqualTo(-0.8);
        assertThat(Trainer.score(StopOn.PR_AUC, 0.3, Double.NaN)).isEqualTo(0.3);
        assertThat(Trainer.score(StopOn.LOSS, 0.3, 0.8)).isEqualTo(0.3);
    }

    @Test
    void settingsSavedBeforeTheChoiceExistedWatchedTheLoss() throws Exception {
        String old = "{\"batchSize\":256,\"maxEpochs\":50,\"patience\":5,\"classWeights\":\"NONE\",\"seed\":3,"
                + "\"trainShare\":0.7,\"validationShare\":0.15,\"testShare\":0.15}";
        TrainingSpec spec = io.intentworkbench.files.Json.mapper().readValue(old, TrainingSpec.class);
        assertThat(spec.stopOn()).isEqualTo(StopOn.LOSS);
        assertThat(spec.patience()).isEqualTo(5);
        assertThat(TrainingSpec.defaults().stopOn()).isEqualTo(StopOn.PR_AUC);
        assertThat(StopOn.parse("pr-auc")).isEqualTo(StopOn.PR_AUC);
        assertThatThrownBy(() -> StopOn.parse("accuracy")).hasMessageContaining("pr_auc or loss");
    }

    @Test
    void aTrainingThatStartsStopsTheWarmUp() throws Exception {
        // Far more epochs than could finish during the test: only giving way ends it.
        CompletableFuture<Double> warmUp = CompletableFuture.supplyAsync(() -> WarmUp.run(8, 1_000_000));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!WarmUp.running() && !warmUp.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(WarmUp.running()).as("the warm-up started").isTrue();
        Trainer.train(data(200, 100, 9), NetworkSpec.defaults(), quick().withEpochs(1), TrainingListener.NONE,
                new TrainingControl());
        assertThat(warmUp.get(30, TimeUnit.SECONDS)).isPositive();
        assertThat(WarmUp.running()).isFalse();
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
