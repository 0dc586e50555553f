package io.intentworkbench.ui.export;

import io.intentworkbench.ui.common.ChartMenus;
import io.intentworkbench.ui.common.Views;
import java.io.File;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The export screen: save the model, score a file, save charts. */
public final class ExportController {
    private final ExportViewModel model;
    private final Map<String, Node> charts;
    @FXML
    private Label bundleLabel;
    @FXML
    private Button saveBundleButton;
    @FXML
    private Button saveReportButton;
    @FXML
    private RadioButton useTrainedRadio;
    @FXML
    private RadioButton useSavedRadio;
    @FXML
    private Label savedModelLabel;
    @FXML
    private Button scoreButton;
    @FXML
    private Button cancelScoreButton;
    @FXML
    private Label scoreLabel;
    @FXML
    private javafx.scene.control.ProgressBar scoreProgress;
    @FXML
    private ComboBox<String> chartBox;
    @FXML
    private Button saveChartButton;

    public ExportController(ExportViewModel model, Map<String, Node> charts) {
        this.model = model;
        this.charts = charts;
    }

    public Parent load() {
        return Views.load(ExportController.class, "ExportView.fxml", this);
    }

    @FXML
    private void initialize() {
        bundleLabel.textProperty().bind(model.bundleStatusProperty());
        scoreLabel.textProperty().bind(model.scoreStatusProperty());
        var busy = model.state().busyProperty();
        saveBundleButton.disableProperty().bind(model.state().lastRunProperty().isNull().or(busy));
        saveReportButton.disableProperty().bind(model.state().lastRunProperty().isNull().or(busy));
        scoreButton.disableProperty().bind(busy);
        cancelScoreButton.disableProperty().bind(busy.not());
        scoreProgress.visibleProperty().bind(busy);
        scoreProgress.setProgress(javafx.scene.control.ProgressBar.INDETERMINATE_PROGRESS);
        ToggleGroup source = new ToggleGroup();
        useTrainedRadio.setToggleGroup(source);
        useSavedRadio.setToggleGroup(source);
        useSavedRadio.disableProperty().bind(model.savedModelProperty().isNull());
        savedModelLabel.textProperty().bind(model.savedModelProperty().asString().map(s -> s.equals("null")
                ? "none chosen" : s));
        source.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == useTrainedRadio) {
                model.savedModelProperty().set(null);
            }
        });
        chartBox.getItems().setAll(charts.keySet());
        chartBox.getSelectionModel().selectFirst();
        saveChartButton.disableProperty().bind(chartBox.valueProperty().isNull());
    }

    private Window window() {
        return bundleLabel.getScene().getWindow();
    }

    private FileChooser chooser(String title, String description, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(model.state().settings().lastFolder().toFile());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, patterns));
        return chooser;
    }

    @FXML
    private void saveBundle() {
        FileChooser chooser = chooser("Save the model bundle", "Model bundle", "*.zip");
        chooser.setInitialFileName("purchase-model.zip");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            model.saveBundle(file.toPath(), saved -> { });
        }
    }

    @FXML
    private void saveReport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the report");
        chooser.setInitialDirectory(model.state().settings().lastFolder().toFile());
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("HTML report", "*.html"),
                new FileChooser.ExtensionFilter("PDF report", "*.pdf"));
        chooser.setInitialFileName("purchase-model-report.html");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            String name = file.getName().toLowerCase(java.util.Locale.ROOT);
            boolean pdf = chooser.getSelectedExtensionFilter() != null
                    && chooser.getSelectedExtensionFilter().getDescription().startsWith("PDF");
            boolean named = name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".pdf");
            model.saveReport(named ? file.toPath() : file.toPath().resolveSibling(file.getName()
                    + (pdf ? ".pdf" : ".html")));
        }
    }

    @FXML
    private void chooseModel() {
        File file = chooser("Choose a saved model", "Model bundle", "*.zip").showOpenDialog(window());
        if (file != null) {
            model.savedModelProperty().set(file.toPath());
            useSavedRadio.setSelected(true);
        }
    }

    @FXML
    private void scoreFile() {
        File input = chooser("Choose the CSV file to score", "CSV files", "*.csv", "*.txt", "*.tsv")
                .showOpenDialog(window());
        if (input == null) {
            return;
        }
        FileChooser output = chooser("Save the predictions", "CSV files", "*.csv");
        output.setInitialDirectory(input.getParentFile());
        output.setInitialFileName(input.getName().replaceFirst("\\.[^.]*$", "") + "-scored.csv");
        File target = output.showSaveDialog(window());
        if (target != null) {
            model.score(input.toPath(), target.toPath());
        }
    }

    @FXML
    private void cancelScore() {
        model.cancelScoring();
    }

    @FXML
    private void saveChart() {
        String name = chartBox.getValue();
        Node chart = charts.get(name);
        if (chart != null) {
            ChartMenus.choosePngAndSave(chart, name.toLowerCase().replace(' ', '-'));
        }
    }
}
