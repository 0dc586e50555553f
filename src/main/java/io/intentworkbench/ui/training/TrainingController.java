package io.intentworkbench.ui.training;

import io.intentworkbench.ui.common.ChartMenus;
import io.intentworkbench.ui.common.SteadyAxes;
import io.intentworkbench.ui.common.Views;
import io.intentworkbench.ui.training.TrainingViewModel.Phase;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;

/** The training screen: start, pause, resume and stop; live loss and accuracy charts; the log. */
public final class TrainingController {
    private final TrainingViewModel model;
    @FXML
    private Button trainButton;
    @FXML
    private Button pauseButton;
    @FXML
    private Button resumeButton;
    @FXML
    private Button stopButton;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Label progressLabel;
    @FXML
    private LineChart<Number, Number> lossChart;
    @FXML
    private LineChart<Number, Number> accuracyChart;
    @FXML
    private ListView<String> logList;

    public TrainingController(TrainingViewModel model) {
        this.model = model;
    }

    public Parent load() {
        return Views.load(TrainingController.class, "TrainingView.fxml", this);
    }

    @FXML
    private void initialize() {
        var phase = model.phaseProperty();
        trainButton.disableProperty().bind(phase.isNotEqualTo(Phase.IDLE)
                .or(model.settingsValidProperty().not()));
        trainButton.setTooltip(new javafx.scene.control.Tooltip("Train with the settings of the model screen"));
        pauseButton.disableProperty().bind(phase.isNotEqualTo(Phase.RUNNING));
        resumeButton.disableProperty().bind(phase.isNotEqualTo(Phase.PAUSED));
        stopButton.disableProperty().bind(phase.isNotEqualTo(Phase.RUNNING).and(phase.isNotEqualTo(Phase.PAUSED)));
        progressBar.progressProperty().bind(model.progressProperty());
        progressLabel.textProperty().bind(model.progressTextProperty());
        lossChart.getData().setAll(List.of(new XYChart.Series<>("training", model.trainLoss()),
                new XYChart.Series<>("validation", model.validationLoss())));
        accuracyChart.getData().setAll(List.of(new XYChart.Series<>("training", model.trainAccuracy()),
                new XYChart.Series<>("validation", model.validationAccuracy()),
                new XYChart.Series<>("validation PR AUC", model.validationPrAuc())));
        SteadyAxes.follow(lossChart);
        SteadyAxes.follow(accuracyChart);
        logList.setItems(model.log());
        logList.setCellFactory(list -> new ListCell<>() {
            {
                // A preferred width of 0 lets the cell take the list's width and wrap long lines in it.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
            }
        });
        logList.setPlaceholder(new Label("Nothing has happened yet."));
        model.log().addListener((javafx.collections.ListChangeListener<String>) c ->
                logList.scrollTo(model.log().size() - 1));
        ChartMenus.addSaveAsPng(lossChart, "loss");
        ChartMenus.addSaveAsPng(accuracyChart, "accuracy");
        stopButton.textProperty().bind(Bindings.when(phase.isEqualTo(Phase.STOPPING)).then("Stopping…")
                .otherwise("Stop"));
    }

    @FXML
    private void train() {
        model.start();
    }

    @FXML
    private void pause() {
        model.pause();
    }

    @FXML
    private void resume() {
        model.resume();
    }

    @FXML
    private void stop() {
        model.stop();
    }

    public LineChart<Number, Number> lossChart() {
        return lossChart;
    }

    public LineChart<Number, Number> accuracyChart() {
        return accuracyChart;
    }
}
