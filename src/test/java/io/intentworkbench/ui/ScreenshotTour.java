package io.intentworkbench.ui;

import io.intentworkbench.ui.common.Dialogs;
import io.intentworkbench.ui.common.Snapshots;
import io.intentworkbench.ui.model.ModelViewModel.Field;
import io.intentworkbench.ui.shell.ShellController.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks through every screen on a data file, trains, and saves a picture of the window at each
 * step: the README's screenshots. Not part of the default test run; see README.md.
 *
 * <pre>mvn test -Dtest=ScreenshotTour -Dtest.excludedGroups=none -Dscreenshots=assets [-Dtour.data=FILE]</pre>
 */
@Tag("screenshots")
class ScreenshotTour {
    @Test
    void photographEveryScreen() throws Exception {
        Path out = Path.of(System.getProperty("screenshots", "target/screenshots"));
        Files.createDirectories(out);
        String data = System.getProperty("tour.data");
        System.setProperty("intent.settings", "io/intentworkbench/tour");
        System.setProperty("intent.autosave", out.resolve("tour-recovery.json").toAbsolutePath().toString());
        Dialogs.setQuiet(true);
        if (data != null) {
            WorkbenchApp.openOnStart(Path.of(data));
        }
        Stage stage = FxToolkit.registerPrimaryStage();
        WorkbenchApp app = (WorkbenchApp) FxToolkit.setupApplication(WorkbenchApp::new);
        FxRobot robot = new FxRobot();
        robot.interact(() -> {
            stage.setWidth(1360);
            stage.setHeight(860);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.state().datasetProperty().get() != null);
        String prefix = data == null ? "" : Path.of(data).getFileName().toString().replaceAll("\\..*", "") + "-";
        shoot(robot, app, Step.DATA, out.resolve(prefix + "data.png"));
        Thread.sleep(1500);
        shoot(robot, app, Step.FEATURES, out.resolve(prefix + "features.png"));
        shoot(robot, app, Step.MODEL, out.resolve(prefix + "model.png"));
        robot.interact(() -> app.shell().modelModel().text(Field.EPOCHS).set(System.getProperty("tour.epochs", "200")));
        robot.interact(() -> app.shell().show(Step.TRAINING));
        robot.interact(() -> app.shell().trainingModel().start());
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> app.state().lastRunProperty().get() != null
                && app.shell().evaluationModel().drawnRunProperty().get() == app.state().lastRunProperty().get());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !app.state().busyProperty().get());
        shoot(robot, app, Step.TRAINING, out.resolve(prefix + "training.png"));
        shoot(robot, app, Step.EVALUATION, out.resolve(prefix + "evaluation.png"));
        robot.interact(() -> save(app.shell().evaluation().scatterPlot().getParent().getParent(),
                out.resolve(prefix + "predictions.png")));
        shoot(robot, app, Step.EXPORT, out.resolve(prefix + "export.png"));
        robot.interact(() -> app.shell().modelModel().text(Field.LEARNING_RATE).set("0.004"));
        robot.interact(() -> app.shell().trainingModel().start());
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> app.state().runs().size() == 2
                && !app.state().busyProperty().get());
        robot.interact(() -> app.shell().show(Step.RUNS));
        robot.interact(() -> robot.lookup("#runTable").queryAs(javafx.scene.control.TableView.class)
                .getSelectionModel().selectAll());
        shoot(robot, app, Step.RUNS, out.resolve(prefix + "runs.png"));
        System.out.printf(Locale.ROOT, "Screenshots written to %s%n", out.toAbsolutePath());
        FxToolkit.cleanupApplication(app);
    }

    private static void save(javafx.scene.Node node, Path file) {
        try {
            Snapshots.savePng(node, file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void shoot(FxRobot robot, WorkbenchApp app, Step step, Path file) throws Exception {
        robot.interact(() -> app.shell().show(step));
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                Snapshots.savePng(app.shell().root(), file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
