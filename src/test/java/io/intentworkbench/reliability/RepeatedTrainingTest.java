package io.intentworkbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.intentworkbench.TestData;
import io.intentworkbench.bundle.ModelBundle;
import io.intentworkbench.data.Dataset;
import io.intentworkbench.experiment.ExperimentRunner;
import io.intentworkbench.experiment.ExperimentSetup;
import io.intentworkbench.runtime.NativeRuntime;
import io.intentworkbench.training.TrainingControl;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long sessions: many trainings in one process, and scoring while training. */
class RepeatedTrainingTest {
    @TempDir
    Path dir;

    @Test
    void twentyTrainingsInARowDoNotGrowNativeMemory() {
        NativeRuntime.configure();
        // As in the app: JavaCPP does not check resident memory (the build sets it for every test, since
        // the first use of JavaCPP in the test process fixes it).
        assertThat(Pointer.maxPhysicalBytes()).isZero();
        Dataset dataset = TestData.sessions(dir, 1500);
        ExperimentSetup setup = ExperimentSetup.defaults(dataset);
        ExperimentSetup quick = setup.withTraining(setup.training().withEpochs(4).withPatience(0));
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            ExperimentRunner.run(quick, p -> { }, new TrainingControl());
        }
        System.gc();
        long before = Pointer.physicalBytes();
        for (int run = 0; run < 20; run++) {
            ExperimentRunner.run(quick.withTraining(quick.training().withSeed(run)), p -> { }, new TrainingControl());
        }
        System.gc();
        long grown = Pointer.physicalBytes() - before;
        assertThat(grown).as("resident bytes grown over 20 trainings").isLessThan(150L << 20);
    }

    @Test
    void aModelScoresWhileAnotherTrains() throws Exception {
        Dataset dataset = TestData.sessions(dir, 1500);
        ExperimentSetup setup = ExperimentSetup.defaults(dataset);
        ModelBundle first = ExperimentRunner.run(setup.withTraining(setup.training().withEpochs(3)), p -> { },
                new TrainingControl()).bundle();
        int[] rows = IntStream.range(0, dataset.rowCount()).toArray();
        double[] expected = first.predict(dataset.values(), rows);
        CompletableFuture<ModelBundle> training = CompletableFuture.supplyAsync(() -> ExperimentRunner.run(
                setup.withTraining(setup.training().withEpochs(8).withSeed(5)), p -> { }, new TrainingControl())
                .bundle());
        CompletableFuture<double[]> scoringA = CompletableFuture.supplyAsync(() ->
                first.predict(dataset.values(), rows));
        double[] scoredB = first.predict(dataset.values(), rows);
        assertThat(scoringA.get()).containsExactly(expected);
        assertThat(scoredB).containsExactly(expected);
        assertThat(training.get().metrics().epochs()).isEqualTo(8);
    }
}
