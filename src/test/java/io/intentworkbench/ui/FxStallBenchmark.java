package io.intentworkbench.ui;

import io.intentworkbench.TestData;
import io.intentworkbench.training.WarmUp;
import io.intentworkbench.ui.common.Dialogs;
import io.intentworkbench.ui.shell.ShellController.Step;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
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
        List<Long> gapEnds = Collections.synchronizedList(new ArrayList<>());
        AnimationTimer timer = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long frame) {
                long now = System.nanoTime();
                if (last != 0) {
                    gaps.add(now - last);
                    gapEnds.add(now);
                }
                last = now;
            }
        };
        GcPauses pauses = GcPauses.listen();
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
                long end = gapEnds.get(i);
                long inGc = pauses.within(end - all.get(i), end);
                stalls.add(String.format(Locale.ROOT, "pulse %d: %.0f ms ending %.3f s after the JVM started, "
                        + "%.0f ms of it in GC pauses", i, all.get(i) / 1e6, pauses.uptime(end), inGc / 1e6));
            }
        }
        pauses.stop();
        System.out.printf(Locale.ROOT, "%nFX pulses while training: %d, longest gap %.1f ms, 99th percentile %.1f ms "
                + "(target: no stall over 50 ms)%nstalls over 50 ms while training: %s%n"
                + "then, filling and switching to the evaluation screen: longest gap %.1f ms%n"
                + "GC pauses in the whole measurement: %s%n", training.size(), max, p99, stalls, handOverMax,
                pauses.summary());
        FxToolkit.cleanupApplication(app);
    }

    /** Garbage collection pauses as the JVM reports them, on the System.nanoTime clock. */
    private static final class GcPauses implements NotificationListener {
        private final List<long[]> pauses = Collections.synchronizedList(new ArrayList<>());
        private final long uptimeOrigin = System.nanoTime()
                - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;

        static GcPauses listen() {
            GcPauses listener = new GcPauses();
            for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) bean).addNotificationListener(listener, null, null);
            }
            return listener;
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                // Concurrent cycles run beside the application; only stop-the-world pauses stall it.
                if (!info.getGcName().contains("Concurrent")) {
                    pauses.add(new long[] {uptimeOrigin + info.getGcInfo().getStartTime() * 1_000_000L,
                        uptimeOrigin + info.getGcInfo().getEndTime() * 1_000_000L});
                }
            }
        }

        /** Seconds since the JVM started at the given System.nanoTime (as -Xlog's uptime). */
        double uptime(long nanoTime) {
            return (nanoTime - uptimeOrigin) / 1e9;
        }

        /**
         * Nanoseconds of pauses that fall between the two times. (Java 17 reports G1's young and full
         * collections here, not the remark and cleanup pauses of its concurrent cycle.)
         */
        long within(long from, long to) {
            synchronized (pauses) {
                return pauses.stream().mapToLong(p -> Math.max(0, Math.min(to, p[1]) - Math.max(from, p[0]))).sum();
            }
        }

        String summary() {
            synchronized (pauses) {
                return String.format(Locale.ROOT, "%d, longest %.0f ms", pauses.size(),
                        pauses.stream().mapToLong(p -> p[1] - p[0]).max().orElse(0) / 1e6);
            }
        }

        void stop() {
            for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
                try {
                    ((NotificationEmitter) bean).removeNotificationListener(this);
                } catch (javax.management.ListenerNotFoundException e) {
                    // not registered on this one
                }
            }
        }
    }
}
