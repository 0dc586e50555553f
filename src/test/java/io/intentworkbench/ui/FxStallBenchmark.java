package io.intentworkbench.ui;

import io.intentworkbench.TestData;
import io.intentworkbench.training.WarmUp;
import io.intentworkbench.ui.common.Dialogs;
import io.intentworkbench.ui.shell.ShellController.Step;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The longest stall of the FX thread while the window trains on the shoppers data and then shows
 * the finished run's evaluation, measured from the gaps between animation pulses (60 a second when
 * the thread is free). Not part of the test
 * run; see README.md, "Benchmarks".
 */
@Tag("benchmark")
class FxStallBenchmark {
    @Test
    void pulsesWhileTraining(@TempDir Path dir) throws Exception {
        System.setProperty("intent.settings", "io/intentworkbench/benchmark");
        System.setProperty("intent.autosave", dir.resolve("recovery.json").toString());
        Dialogs.setQuiet(true);
        WorkbenchApp.openOnStart(TestData.shoppers().toAbsolutePath());
        FxToolkit.registerPrimaryStage();
        WorkbenchApp app = (WorkbenchApp) FxToolkit.setupApplication(WorkbenchApp::new);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.state().datasetProperty().get() != null);
        // As a person would, train once the window has settled: after the start-up warm-up, while which
        // the JIT compiler competes with the FX thread for the two cores.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WarmUp.ended() > 0);
        List<Long> gaps = Collections.synchronizedList(new ArrayList<>());
        AnimationTimer timer = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    gaps.add(now - last);
                }
                last = now;
            }
        };
        FxRobot robot = new FxRobot();
        robot.interact(() -> app.shell().show(Step.TRAINING));
        Thread.sleep(1000);
        int[] finishedAt = {-1};
        robot.interact(() -> {
            // Training has ended when its run joins the history; the evaluation follows.
            app.state().runs().addListener((javafx.collections.ListChangeListener<Object>) c -> {
                if (finishedAt[0] < 0) {
                    finishedAt[0] = gaps.size();
                }
            });
            timer.start();
            app.shell().trainingModel().start();
        });
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> app.state().lastRunProperty().get() != null);
        // Keep measuring while the finished run fills the evaluation screen and the window switches to it.
        Thread.sleep(1500);
        robot.interact(timer::stop);
        List<Long> all = new ArrayList<>(gaps);
        int split = Math.min(finishedAt[0] < 0 ? all.size() : finishedAt[0], all.size());
        List<Long> training = new ArrayList<>(all.subList(0, split));
        List<Long> handOver = all.subList(split, all.size());
        Collections.sort(training);
        double max = training.get(training.size() - 1) / 1e6;
        double p99 = training.get((int) (training.size() * 0.99)) / 1e6;
        double handOverMax = handOver.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
        List<String> stalls = new ArrayList<>();
        for (int i = 0; i < split; i++) {
            if (all.get(i) > 50_000_000L) {
                stalls.add(String.format(Locale.ROOT, "pulse %d: %.0f ms", i, all.get(i) / 1e6));
            }
        }
        System.out.printf(Locale.ROOT, "%nFX pulses while training: %d, longest gap %.1f ms, 99th percentile %.1f ms "
                + "(target: no stall over 50 ms)%nstalls over 50 ms while training: %s%n"
                + "then, filling and switching to the evaluation screen: longest gap %.1f ms%n", training.size(), max,
                p99, stalls, handOverMax);
        FxToolkit.cleanupApplication(app);
    }
}
