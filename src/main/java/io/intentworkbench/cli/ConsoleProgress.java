package io.intentworkbench.cli;

import io.intentworkbench.training.EpochProgress;
import io.intentworkbench.training.TrainingListener;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows training progress on the terminal (stderr): a bar over epochs with the latest losses. */
final class ConsoleProgress implements TrainingListener, AutoCloseable {
    private final ProgressBar bar;

    ConsoleProgress(String task, int maxEpochs) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(maxEpochs).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250).continuousUpdate().setConsumer(
                        new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
    }

    @Override
    public void onEpoch(EpochProgress p) {
        bar.stepTo(p.epoch());
        bar.setExtraMessage(String.format(Locale.ROOT, " loss %.4f val %.4f auc %.4f", p.trainLoss(),
                p.validationLoss(), p.validationRocAuc()));
    }

    @Override
    public void close() {
        bar.close();
    }
}
