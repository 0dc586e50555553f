package io.intentworkbench.ui.features;

import io.intentworkbench.features.FeatureKind;
import io.intentworkbench.features.Scaling;
import io.intentworkbench.ui.common.ChartMenus;
import io.intentworkbench.ui.common.Labels;
import io.intentworkbench.ui.common.Views;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;

/** The features screen: the feature checklist with encodings, and the bar chart of predictive power. */
public final class FeaturesController {
    private static final int MAX_BARS = 30;
    private final FeaturesViewModel model;
    @FXML
    private TableView<FeatureRow> featureTable;
    @FXML
    private TableColumn<FeatureRow, Boolean> usedColumn;
    @FXML
    private TableColumn<FeatureRow, String> nameColumn;
    @FXML
    private TableColumn<FeatureRow, FeatureKind> kindColumn;
    @FXML
    private TableColumn<FeatureRow, Scaling> scalingColumn;
    @FXML
    private TableColumn<FeatureRow, Boolean> indicatorColumn;
    @FXML
    private Label noteLabel;
    @FXML
    private BarChart<Number, String> strengthChart;

    public FeaturesController(FeaturesViewModel model) {
        this.model = model;
    }

    public Parent load() {
        return Views.load(FeaturesController.class, "FeaturesView.fxml", this);
    }

    @FXML
    private void initialize() {
        usedColumn.setCellValueFactory(c -> c.getValue().usedProperty());
        usedColumn.setCellFactory(CheckBoxTableCell.forTableColumn(usedColumn));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().column()));
        kindColumn.setCellValueFactory(c -> c.getValue().kindProperty());
        kindColumn.setCellFactory(ComboBoxTableCell.forTableColumn(Labels.lowerCase(), FeatureKind.values()));
        scalingColumn.setCellValueFactory(c -> c.getValue().scalingProperty());
        scalingColumn.setCellFactory(ComboBoxTableCell.forTableColumn(Labels.lowerCase(), Scaling.values()));
        indicatorColumn.setCellValueFactory(c -> c.getValue().missingIndicatorProperty());
        indicatorColumn.setCellFactory(CheckBoxTableCell.forTableColumn(indicatorColumn));
        featureTable.setItems(model.rows());
        noteLabel.textProperty().bind(model.noteProperty());
        model.strength().addListener((MapChangeListener<String, Double>) change -> drawStrength());
        ChartMenus.addSaveAsPng(strengthChart, "feature-strength");
        drawStrength();
    }

    private void drawStrength() {
        List<Map.Entry<String, Double>> strongest = model.strength().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())).limit(MAX_BARS)
                .toList();
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        for (int i = strongest.size() - 1; i >= 0; i--) {
            series.getData().add(new XYChart.Data<>(strongest.get(i).getValue(), strongest.get(i).getKey()));
        }
        strengthChart.getData().setAll(List.of(series));
    }
}
