package io.intentworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.intentworkbench.bundle.BundleFiles;
import io.intentworkbench.bundle.ModelBundle;
import io.intentworkbench.experiment.TrainedRun;
import io.intentworkbench.ui.common.Dialogs;
import io.intentworkbench.ui.model.ModelViewModel.Field;
import io.intentworkbench.ui.shell.ShellController;
import io.intentworkbench.ui.shell.ShellController.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window, driven as a person would, headless: from the sample data to an exported model. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchWindowTest {
    @TempDir
    static Path dir;
    private static WorkbenchApp app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startTheWindow() throws Exception {
        System.setProperty("intent.settings", "io/intentworkbench/tests");
        System.setProperty("intent.autosave", dir.resolve("recovery.iwproject.json").toString());
        Dialogs.setQuiet(true);
        Stage stage = FxToolkit.registerPrimaryStage();
        app = (WorkbenchApp) FxToolkit.setupApplication(WorkbenchApp::new);
        FxToolkit.showStage();
        assertThat(stage).isNotNull();
    }

    @AfterAll
    static void closeTheWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        assertThat(WorkbenchApp.uncaughtErrors()).as("errors that reached the uncaught-exception handler").isZero();
    }

    private static ShellController shell() {
        return app.shell();
    }

    private static WorkbenchState state() {
        return app.state();
    }

    private static void waitFor(int seconds, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void show(Step step) {
        robot.interact(() -> shell().show(step));
    }

    @Test
    @Order(1)
    void opensOnTheSampleData() throws Exception {
        waitFor(30, () -> state().datasetProperty().get() != null);
        TableView<?> columns = robot.lookup("#columnTable").queryAs(TableView.class);
        assertThat(columns.getItems()).hasSize(18);
        assertThat(state().datasetProperty().get().name()).isEqualTo("shopper-sessions.csv");
        assertThat(state().rolesProperty().get().target()).isEqualTo("purchased");
        assertThat(robot.lookup("#previewTable").queryAs(TableView.class).getItems()).hasSize(5000);
    }

    @Test
    @Order(2)
    void importsACsvAndListsItsColumns() throws Exception {
        Path file = Files.write(dir.resolve("visits.csv"), List.of("visit;pages;minutes;bought",
                "a;1;2,5;yes", "b;3;4,0;no", "c;2;1,5;no", "d;6;9,5;yes"));
        robot.interact(() -> shell().dataModel().open(file));
        waitFor(20, () -> state().datasetProperty().get() != null
                && state().datasetProperty().get().name().equals("visits.csv"));
        TableView<?> columns = robot.lookup("#columnTable").queryAs(TableView.class);
        assertThat(columns.getItems()).hasSize(4);
        assertThat(state().datasetProperty().get().values().numbers("minutes")).containsExactly(2.5, 4.0, 1.5, 9.5);
        robot.interact(() -> shell().dataModel().open(state().settings().recentFiles().get(1)));
        waitFor(20, () -> state().datasetProperty().get().name().equals("shopper-sessions.csv"));
    }

    @Test
    @Order(3)
    void aLayerSizeIsChangedInTheLayerTable() throws Exception {
        show(Step.MODEL);
        @SuppressWarnings("unchecked")
        TableView<Object> layers = robot.lookup("#layerTable").queryAs(TableView.class);
        robot.interact(() -> {
            layers.requestFocus();
            layers.getSelectionModel().select(0);
            layers.edit(0, layers.getColumns().get(1));
        });
        robot.interact(() -> robot.lookup("#layerTable .text-field").query().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("48").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state().networkProperty().get().layers().get(0).units()).isEqualTo(48);
    }

    @Test
    @Order(4)
    void anInvalidValueIsMarkedAndNotUsed() {
        show(Step.MODEL);
        int before = state().trainingProperty().get().batchSize();
        robot.interact(() -> shell().modelModel().text(Field.BATCH).set("many"));
        assertThat(shell().modelModel().problems()).containsKey(Field.BATCH);
        assertThat(state().trainingProperty().get().batchSize()).isEqualTo(before);
        assertThat(robot.lookup("#batchField").query().getPseudoClassStates().toString()).contains("invalid");
        assertThat(robot.lookup("#trainButton").queryButton().isDisabled()).isTrue();
        robot.interact(() -> shell().modelModel().text(Field.BATCH).set(String.valueOf(before)));
        assertThat(shell().modelModel().problems()).isEmpty();
    }

    @Test
    @Order(5)
    void aShortTrainingAddsPointsToBothCharts() throws Exception {
        robot.interact(() -> shell().modelModel().text(Field.EPOCHS).set("3"));
        show(Step.TRAINING);
        Button train = robot.lookup("#trainButton").queryButton();
        robot.clickOn(train);
        waitFor(120, () -> state().lastRunProperty().get() != null);
        waitFor(10, () -> !state().busyProperty().get());
        LineChart<?, ?> loss = shell().training().lossChart();
        LineChart<?, ?> accuracy = shell().training().accuracyChart();
        assertThat(loss.getData()).hasSize(2);
        assertThat(accuracy.getData()).hasSize(3);
        for (LineChart<?, ?> chart : List.of(loss, accuracy)) {
            assertThat(chart.getData()).allSatisfy(series -> assertThat(series.getData()).hasSize(3));
        }
        // The watched figure, validation PR AUC, is drawn and lies between 0 and 1.
        assertThat(accuracy.getData().get(2).getName()).isEqualTo("validation PR AUC");
        assertThat(accuracy.getData().get(2).getData()).allSatisfy(point ->
                assertThat(((Number) point.getYValue()).doubleValue()).isBetween(0.0, 1.0));
        assertThat(train.isDisabled()).isFalse();
    }

    @Test
    @Order(6)
    void theConfusionMatrixAddsUpToTheTestRowsAndFollowsTheThreshold() throws Exception {
        TrainedRun run = state().lastRunProperty().get();
        assertThat(run).isNotNull();
        // The evaluation fills in over a few pulses; the window switches to it on its own.
        waitFor(10, () -> shell().evaluationModel().drawnRunProperty().get() == run);
        assertThat(shownOnScreen(robot.lookup("#metricsTable").query())).isTrue();
        var grid = robot.lookup("#metricsTable").queryAs(io.intentworkbench.ui.evaluation.MetricsGrid.class);
        assertThat(grid.text(0, 0)).isEqualTo("network");
        assertThat(grid.text(1, 0)).isEqualTo("logistic regression");
        assertThat(grid.text(0, 1)).isEqualTo(String.format(java.util.Locale.ROOT, "%.4f",
                run.bundle().metrics().test().rocAuc()));
        long[] atChosen = shell().evaluation().confusionGrid().shownCounts();
        assertThat(Arrays.stream(atChosen).sum()).isEqualTo(run.testLabels().length);
        robot.interact(() -> shell().evaluationModel().thresholdProperty().set(0.9));
        long[] atHigh = shell().evaluation().confusionGrid().shownCounts();
        assertThat(grid.text(0, 8)).isEqualTo("0.9000");
        assertThat(Arrays.stream(atHigh).sum()).isEqualTo(run.testLabels().length);
        assertThat(atHigh[0] + atHigh[2]).isLessThan(atChosen[0] + atChosen[2]);
        assertThat(shell().evaluation().scatterPlot().pointCount()).isBetween(1, 3000);
    }

    @Test
    @Order(8)
    void theRunIsKeptInTheHistoryAndAProjectRoundTrips() throws Exception {
        assertThat(state().runs()).hasSize(1);
        assertThat(state().runs().get(0).metrics().test()).isEqualTo(state().lastRunProperty().get().bundle()
                .metrics().test());
        Path file = dir.resolve("work.iwproject.json");
        robot.interact(() -> shell().projects().save(file));
        waitFor(20, () -> Files.exists(file));
        var saved = io.intentworkbench.experiment.ProjectFiles.read(file);
        assertThat(saved.runs()).hasSize(1);
        robot.interact(() -> state().runs().clear());
        robot.interact(() -> shell().projects().apply(saved, project -> null));
        waitFor(30, () -> state().runs().size() == 1 && !state().busyProperty().get());
        assertThat(state().toProject()).isEqualTo(saved);
    }

    @Test
    @Order(7)
    void anExportedBundleLoadsBack() throws Exception {
        Path file = dir.resolve("exported.zip");
        AtomicReference<Path> saved = new AtomicReference<>();
        robot.interact(() -> new io.intentworkbench.ui.export.ExportViewModel(state()).saveBundle(file, saved::set));
        waitFor(30, () -> saved.get() != null);
        ModelBundle loaded = BundleFiles.read(file);
        assertThat(loaded.threshold()).isEqualTo(state().lastRunProperty().get().bundle().threshold());
        assertThat(loaded.schema().target()).isEqualTo("purchased");
    }

    /** Whether the node and every parent are visible. */
    private static boolean shownOnScreen(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
