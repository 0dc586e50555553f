package io.intentworkbench.ui;

import io.intentworkbench.TestData;
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
 * The longest stall of the FX thread while the window trains on the shoppers data, measured from
 * the gaps between animation pulses (60 a second when the thread is free). Not part of the test
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
        robot.interact(() -> {
            timer.start();
            app.shell().trainingModel().start();
        });
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> app.state().lastRunProperty().get() != null);
        robot.interact(timer::stop);
        List<Long> sorted = new ArrayList<>(gaps);
        Collections.sort(sorted);
        double max = sorted.get(sorted.size() - 1) / 1e6;
        double p99 = sorted.get((int) (sorted.size() * 0.99)) / 1e6;
        List<String> stalls = new ArrayList<>();
        for (int i = 0; i < gaps.size(); i++) {
            if (gaps.get(i) > 50_000_000L) {
                stalls.add(String.format(Locale.ROOT, "pulse %d: %.0f ms", i, gaps.get(i) / 1e6));
            }
        }
        System.out.printf(Locale.ROOT, "%nFX pulses while training: %d, longest gap %.1f ms, 99th percentile %.1f ms "
                + "(target: no stall over 50 ms)%nstalls over 50 ms: %s%n", sorted.size(), max, p99, stalls);
        FxToolkit.cleanupApplication(app);
    }
}
