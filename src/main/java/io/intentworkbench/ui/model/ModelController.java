package io.intentworkbench.ui.model;

import io.intentworkbench.model.Activation;
import io.intentworkbench.model.NetworkSpec;
import io.intentworkbench.model.Optimizer;
import io.intentworkbench.training.ClassWeights;
import io.intentworkbench.training.StopOn;
import io.intentworkbench.training.TrainingSpec;
import io.intentworkbench.ui.common.Labels;
import io.intentworkbench.ui.common.Validation;
import io.intentworkbench.ui.common.Views;
import io.intentworkbench.ui.model.ModelViewModel.Field;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.StackPane;
import javafx.util.converter.DoubleStringConverter;
import javafx.util.converter.IntegerStringConverter;

/** The model screen: the layer table, the training form with marked invalid values, and the drawing. */
public final class ModelController {
    private final ModelViewModel model;
    private final NetworkDiagram diagram = new NetworkDiagram();
    private Map<Field, TextField> fields;
    @FXML
    private TableView<LayerRow> layerTable;
    @FXML
    private TableColumn<LayerRow, Number> indexColumn;
    @FXML
    private TableColumn<LayerRow, Integer> unitsColumn;
    @FXML
    private TableColumn<LayerRow, Activation> activationColumn;
    @FXML
    private TableColumn<LayerRow, Double> dropoutColumn;
    @FXML
    private Button removeLayerButton;
    @FXML
    private Button upButton;
    @FXML
    private Button downButton;
    @FXML
    private Label layerProblem;
    @FXML
    private ComboBox<Optimizer> optimizerBox;
    @FXML
    private ComboBox<ClassWeights> classWeightsBox;
    @FXML
    private CheckBox earlyStoppingBox;
    @FXML
    private ComboBox<StopOn> stopOnBox;
    @FXML
    private TextField learningRateField;
    @FXML
    private TextField batchField;
    @FXML
    private TextField epochsField;
    @FXML
    private TextField patienceField;
    @FXML
    private TextField l1Field;
    @FXML
    private TextField l2Field;
    @FXML
    private TextField seedField;
    @FXML
    private TextField trainField;
    @FXML
    private TextField validationField;
    @FXML
    private TextField testField;
    @FXML
    private Label formProblem;
    @FXML
    private Label summaryLabel;
    @FXML
    private StackPane diagramHolder;

    public ModelController(ModelViewModel model) {
        this.model = model;
    }

    public Parent load() {
        return Views.load(ModelController.class, "ModelView.fxml", this);
    }

    @FXML
    private void initialize() {
        indexColumn.setCellValueFactory(c ->
                new ReadOnlyObjectWrapper<>(layerTable.getItems().indexOf(c.getValue()) + 1));
        unitsColumn.setCellValueFactory(c -> c.getValue().unitsProperty().asObject());
        unitsColumn.setCellFactory(TextFieldTableCell.forTableColumn(new LenientIntegers()));
        activationColumn.setCellValueFactory(c -> c.getValue().activationProperty());
        activationColumn.setCellFactory(ComboBoxTableCell.forTableColumn(Labels.lowerCase(), Activation.values()));
        dropoutColumn.setCellValueFactory(c -> c.getValue().dropoutProperty().asObject());
        dropoutColumn.setCellFactory(TextFieldTableCell.forTableColumn(new LenientDoubles()));
        layerTable.setItems(model.layers());
        var selected = layerTable.getSelectionModel().selectedIndexProperty();
        removeLayerButton.disableProperty().bind(selected.lessThan(0).or(javafx.beans.binding.Bindings.size(
                model.layers()).lessThanOrEqualTo(1)));
        upButton.disableProperty().bind(selected.lessThanOrEqualTo(0));
        downButton.disableProperty().bind(selected.lessThan(0).or(selected.greaterThanOrEqualTo(
                javafx.beans.binding.Bindings.size(model.layers()).subtract(1))));

        optimizerBox.getItems().setAll(Optimizer.values());
        optimizerBox.setConverter(Labels.lowerCase());
        optimizerBox.valueProperty().bindBidirectional(model.optimizerProperty());
        classWeightsBox.getItems().setAll(ClassWeights.values());
        classWeightsBox.setConverter(Labels.lowerCase());
        classWeightsBox.valueProperty().bindBidirectional(model.classWeightsProperty());
        earlyStoppingBox.selectedProperty().bindBidirectional(model.earlyStoppingProperty());
        stopOnBox.getItems().setAll(StopOn.values());
        stopOnBox.valueProperty().bindBidirectional(model.stopOnProperty());
        stopOnBox.setTooltip(new javafx.scene.control.Tooltip("The validation figure that picks the epoch whose "
                + "weights are kept, and that early stopping watches. PR AUC suits a rare purchase class."));
        patienceField.disableProperty().bind(earlyStoppingBox.selectedProperty().not());
        fields = Map.ofEntries(Map.entry(Field.LEARNING_RATE, learningRateField), Map.entry(Field.BATCH, batchField),
                Map.entry(Field.EPOCHS, epochsField), Map.entry(Field.PATIENCE, patienceField),
                Map.entry(Field.L1, l1Field), Map.entry(Field.L2, l2Field), Map.entry(Field.SEED, seedField),
                Map.entry(Field.TRAIN, trainField), Map.entry(Field.VALIDATION, validationField),
                Map.entry(Field.TEST, testField));
        fields.forEach((field, textField) -> textField.textProperty().bindBidirectional(model.text(field)));
        model.problems().addListener((MapChangeListener<Field, String>) c -> showProblems());
        summaryLabel.textProperty().bind(model.summaryProperty());
        diagramHolder.getChildren().add(diagram);
        model.state().networkProperty().addListener((obs, old, network) -> drawNetwork());
        model.inputsProperty().addListener((obs, old, inputs) -> drawNetwork());
        showProblems();
        drawNetwork();
    }

    private void showProblems() {
        fields.forEach((field, textField) -> Validation.mark(textField, model.problems().get(field)));
        layerProblem.setText(model.problems().getOrDefault(Field.LAYERS, ""));
        long count = model.problems().keySet().stream().filter(f -> f != Field.LAYERS).count();
        formProblem.setText(count == 0 ? "" : count == 1 ? model.problems().values().stream()
                .filter(p -> !p.equals(model.problems().get(Field.LAYERS))).findFirst().orElse("")
                : count + " values cannot be used; the marked fields say why.");
    }

    private void drawNetwork() {
        diagram.show(model.inputsProperty().get(), model.state().networkProperty().get().layers());
    }

    @FXML
    private void addLayer() {
        model.addLayer();
        layerTable.getSelectionModel().selectLast();
    }

    @FXML
    private void removeLayer() {
        model.removeLayer(layerTable.getSelectionModel().getSelectedIndex());
    }

    @FXML
    private void moveUp() {
        int index = layerTable.getSelectionModel().getSelectedIndex();
        model.moveLayer(index, -1);
        layerTable.getSelectionModel().select(index - 1);
    }

    @FXML
    private void moveDown() {
        int index = layerTable.getSelectionModel().getSelectedIndex();
        model.moveLayer(index, 1);
        layerTable.getSelectionModel().select(index + 1);
    }

    @FXML
    private void restoreDefaults() {
        model.show(NetworkSpec.defaults(), TrainingSpec.defaults());
    }

    /** Keeps the old value when the typed text is not a whole number, instead of throwing. */
    private static final class LenientIntegers extends IntegerStringConverter {
        @Override
        public Integer fromString(String value) {
            try {
                return super.fromString(value == null ? null : value.trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }

    /** Keeps the table usable when the typed text is not a number; the row is then marked invalid. */
    private static final class LenientDoubles extends DoubleStringConverter {
        @Override
        public Double fromString(String value) {
            try {
                return super.fromString(value == null ? null : value.trim());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
    }
}
