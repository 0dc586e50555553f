package io.intentworkbench.ui.shell;

import io.intentworkbench.ui.WorkbenchState;
import io.intentworkbench.ui.common.Views;
import io.intentworkbench.ui.data.DataController;
import io.intentworkbench.ui.data.DataViewModel;
import io.intentworkbench.ui.evaluation.EvaluationController;
import io.intentworkbench.ui.evaluation.EvaluationViewModel;
import io.intentworkbench.ui.export.ExportController;
import io.intentworkbench.ui.export.ExportViewModel;
import io.intentworkbench.ui.features.FeaturesController;
import io.intentworkbench.ui.features.FeaturesViewModel;
import io.intentworkbench.ui.model.ModelController;
import io.intentworkbench.ui.model.ModelViewModel;
import io.intentworkbench.ui.training.TrainingController;
import io.intentworkbench.ui.training.TrainingViewModel;
import io.intentworkbench.experiment.Project;
import io.intentworkbench.experiment.ProjectFiles;
import io.intentworkbench.ui.common.Dialogs;
import io.intentworkbench.ui.project.ProjectActions;
import io.intentworkbench.ui.runs.RunsController;
import io.intentworkbench.ui.runs.RunsViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;

/** The window's frame: the steps on the left, the current screen, and the status bar. */
public final class ShellController {
    /** The screens, in the order of the work. */
    public enum Step { DATA, FEATURES, MODEL, TRAINING, EVALUATION, EXPORT, RUNS }

    private final WorkbenchState state;
    private final DataViewModel dataModel;
    private final TrainingViewModel trainingModel;
    private final ModelViewModel modelModel;
    private final EvaluationViewModel evaluationModel;
    private final ProjectActions projects;
    private final Map<Step, Node> screens = new LinkedHashMap<>();
    private final Map<Step, ToggleButton> buttons = new LinkedHashMap<>();
    private EvaluationController evaluation;
    private TrainingController training;
    @FXML
    private ToggleButton dataStep;
    @FXML
    private ToggleButton featuresStep;
    @FXML
    private ToggleButton modelStep;
    @FXML
    private ToggleButton trainingStep;
    @FXML
    private ToggleButton evaluationStep;
    @FXML
    private ToggleButton exportStep;
    @FXML
    private ToggleButton runsStep;
    @FXML
    private StackPane content;
    @FXML
    private Label statusLabel;
    @FXML
    private Label datasetLabel;
    @FXML
    private ProgressIndicator busyIndicator;

    public ShellController(WorkbenchState state) {
        this.state = state;
        this.dataModel = new DataViewModel(state);
        this.trainingModel = new TrainingViewModel(state);
        this.modelModel = new ModelViewModel(state);
        this.evaluationModel = new EvaluationViewModel(state);
        this.projects = new ProjectActions(state, modelModel::show);
    }

    private Parent root;

    public Parent load() {
        root = Views.load(ShellController.class, "ShellView.fxml", this);
        return root;
    }

    /** The window's content, for pictures of the whole window. */
    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        training = new TrainingController(trainingModel);
        evaluation = new EvaluationController(evaluationModel);
        screens.put(Step.DATA, new DataController(dataModel).load());
        screens.put(Step.FEATURES, new FeaturesController(new FeaturesViewModel(state)).load());
        screens.put(Step.MODEL, new ModelController(modelModel).load());
        screens.put(Step.TRAINING, training.load());
        screens.put(Step.EVALUATION, evaluation.load());
        Map<String, Node> charts = new LinkedHashMap<>();
        charts.put("Loss", training.lossChart());
        charts.put("Accuracy", training.accuracyChart());
        charts.put("Confusion matrix", evaluation.confusionGrid());
        charts.put("Prediction scatter", evaluation.scatterPlot());
        charts.put("Reliability", evaluation.reliabilityChart());
        screens.put(Step.EXPORT, new ExportController(new ExportViewModel(state), charts).load());
        screens.put(Step.RUNS, new RunsController(new RunsViewModel(state, modelModel::show)).load());
        content.getChildren().setAll(screens.values());

        ToggleGroup group = new ToggleGroup();
        List<ToggleButton> all = List.of(dataStep, featuresStep, modelStep, trainingStep, evaluationStep, exportStep,
                runsStep);
        for (int i = 0; i < all.size(); i++) {
            Step step = Step.values()[i];
            ToggleButton button = all.get(i);
            button.setToggleGroup(group);
            button.setOnAction(e -> show(step));
            buttons.put(step, button);
        }
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                old.setSelected(true);
            }
        });
        statusLabel.textProperty().bind(state.statusProperty());
        busyIndicator.visibleProperty().bind(state.busyProperty());
        state.datasetProperty().addListener((obs, old, dataset) -> datasetLabel.setText(dataset == null ? ""
                : String.format(Locale.ROOT, "%s%n%,d rows", dataset.name(), dataset.rowCount())));
        evaluationModel.shownRunProperty().addListener((obs, old, run) -> {
            if (run != null) {
                show(Step.EVALUATION);
            }
        });
        show(Step.DATA);
        Platform.runLater(this::prepareHiddenScreens);
    }

    /**
     * Styles and lays out the hidden screens once the window is up, so that opening one for the first
     * time (the training screen, say, just as training starts) does not stall the window.
     */
    private void prepareHiddenScreens() {
        screens.values().forEach(screen -> {
            if (screen instanceof Parent parent) {
                parent.applyCss();
                parent.resize(content.getWidth(), content.getHeight());
                parent.layout();
            }
        });
    }

    @FXML
    private void saveProject() {
        FileChooser chooser = projectChooser("Save the project");
        Path current = state.projectFileProperty().get();
        chooser.setInitialFileName(current != null ? current.getFileName().toString()
                : "workbench" + ProjectFiles.EXTENSION);
        File file = chooser.showSaveDialog(content.getScene().getWindow());
        if (file != null) {
            projects.save(file.toPath());
        }
    }

    @FXML
    private void openProject() {
        File file = projectChooser("Open a project").showOpenDialog(content.getScene().getWindow());
        if (file != null) {
            projects.open(file.toPath(), this::locateData);
        }
    }

    private FileChooser projectChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(state.settings().lastFolder().toFile());
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Intent Workbench projects",
                "*" + ProjectFiles.EXTENSION), new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }

    /** Asks where a project's data file is now, when it is no longer where it was saved. */
    public Path locateData(Project project) {
        Dialogs.showInfo("Where is the data file?", "The project's data file " + project.dataFile()
                + " is no longer there. Choose where it is now.");
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Where is " + Path.of(project.dataFile()).getFileName() + " now?");
        chooser.setInitialDirectory(state.settings().lastFolder().toFile());
        File file = chooser.showOpenDialog(content.getScene().getWindow());
        return file == null ? null : file.toPath();
    }

    public ProjectActions projects() {
        return projects;
    }

    public void show(Step step) {
        screens.forEach((s, node) -> node.setVisible(s == step));
        buttons.get(step).setSelected(true);
    }

    public DataViewModel dataModel() {
        return dataModel;
    }

    public TrainingViewModel trainingModel() {
        return trainingModel;
    }

    public ModelViewModel modelModel() {
        return modelModel;
    }

    public EvaluationViewModel evaluationModel() {
        return evaluationModel;
    }

    public EvaluationController evaluation() {
        return evaluation;
    }

    public TrainingController training() {
        return training;
    }
}
