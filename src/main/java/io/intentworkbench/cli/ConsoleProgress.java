package io.intentworkbench.cli;

import io.intentworkbench.training.EpochProgress;
import io.intentworkbench.training.TrainingListener;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows training progress on stderr: a bar over epochs with the latest losses on a terminal, one
 * line per epoch when stderr goes to a file or a pipe.
 */
final class ConsoleProgress implements TrainingListener, AutoCloseable {
    private final ProgressBar bar;

    ConsoleProgress(String task, int maxEpochs) {
        bar = System.console() == null ? null : new ProgressBarBuilder().setTaskName(task).setInitialMax(maxEpochs)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    @Override
    public void onEpoch(EpochProgress p) {
        String losses = String.format(Locale.ROOT, "loss %.4f, validation loss %.4f, ROC AUC %.4f, PR AUC %.4f",
                p.trainLoss(), p.validationLoss(), p.validationRocAuc(), p.validationPrAuc());
        if (bar == null) {
            System.err.printf(Locale.ROOT, "epoch %d/%d: %s (%.1f s)%n", p.epoch(), p.maxEpochs(), losses,
                    p.elapsedSeconds());
        } else {
            bar.stepTo(p.epoch());
            bar.setExtraMessage(" " + losses);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
