package io.intentworkbench.ui.runs;

import io.intentworkbench.evaluation.Metrics;
import io.intentworkbench.experiment.RunRecord;
import io.intentworkbench.ui.common.ChartMenus;
import io.intentworkbench.ui.common.Views;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The runs screen: the history table, the side-by-side comparison and the overlaid curves. */
public final class RunsController {
    private final RunsViewModel model;
    @FXML
    private TableView<RunRecord> runTable;
    @FXML
    private TableColumn<RunRecord, String> idColumn;
    @FXML
    private TableColumn<RunRecord, String> finishedColumn;
    @FXML
    private TableColumn<RunRecord, String> dataColumn;
    @FXML
    private TableColumn<RunRecord, String> shapeColumn;
    @FXML
    private TableColumn<RunRecord, String> rateColumn;
    @FXML
    private TableColumn<RunRecord, String> batchColumn;
    @FXML
    private TableColumn<RunRecord, String> epochsColumn;
    @FXML
    private TableColumn<RunRecord, String> rocColumn;
    @FXML
    private TableColumn<RunRecord, String> prColumn;
    @FXML
    private TableColumn<RunRecord, String> f1Column;
    @FXML
    private TableColumn<RunRecord, String> secondsColumn;
    @FXML
    private TableView<RunsViewModel.ComparisonRow> comparisonTable;
    @FXML
    private LineChart<Number, Number> overlayChart;
    @FXML
    private Button restoreButton;
    @FXML
    private Button deleteButton;

    public RunsController(RunsViewModel model) {
        this.model = model;
    }

    public Parent load() {
        return Views.load(RunsController.class, "RunsView.fxml", this);
    }

    @FXML
    private void initialize() {
        text(idColumn, r -> String.valueOf(r.id()));
        text(finishedColumn, r -> r.finishedAt().replace('T', ' ').replace("Z", " UTC"));
        text(dataColumn, r -> r.metrics().data().file());
        text(shapeColumn, RunRecord::shape);
        text(rateColumn, r -> String.valueOf(r.network().learningRate()));
        text(batchColumn, r -> String.valueOf(r.training().batchSize()));
        text(epochsColumn, r -> String.valueOf(r.metrics().epochs()));
        figure(rocColumn, Metrics::rocAuc);
        figure(prColumn, Metrics::prAuc);
        figure(f1Column, Metrics::f1);
        text(secondsColumn, r -> String.format(Locale.ROOT, "%.1f", r.metrics().trainSeconds()));
        runTable.setItems(model.runs());
        runTable.setPlaceholder(new Label("No runs yet: train a model and it appears here."));
        runTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        runTable.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RunRecord>) c ->
                model.compared().setAll(List.copyOf(runTable.getSelectionModel().getSelectedItems())));
        var selected = javafx.beans.binding.Bindings.size(runTable.getSelectionModel().getSelectedItems());
        restoreButton.disableProperty().bind(selected.isNotEqualTo(1));
        deleteButton.disableProperty().bind(selected.isEqualTo(0));
        comparisonTable.setPlaceholder(new Label("Pick runs in the table above to compare them."));
        model.comparison().addListener((ListChangeListener<RunsViewModel.ComparisonRow>) c -> showComparison());
        ChartMenus.addSaveAsPng(overlayChart, "run-comparison");
    }

    private static void text(TableColumn<RunRecord, String> column, Function<RunRecord, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    private static void figure(TableColumn<RunRecord, String> column, java.util.function.ToDoubleFunction<Metrics> f) {
        text(column, r -> RunsViewModel.format(f.applyAsDouble(r.metrics().test())));
    }

    private void showComparison() {
        comparisonTable.getColumns().clear();
        TableColumn<RunsViewModel.ComparisonRow, String> name = new TableColumn<>("");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(130);
        comparisonTable.getColumns().add(name);
        List<RunRecord> runs = List.copyOf(model.compared());
        for (int i = 0; i < runs.size(); i++) {
            int index = i;
            TableColumn<RunsViewModel.ComparisonRow, String> column = new TableColumn<>("Run " + runs.get(i).id());
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().values().get(index)));
            column.setPrefWidth(runs.size() <= 2 ? 190 : 130);
            comparisonTable.getColumns().add(column);
        }
        comparisonTable.getItems().setAll(runs.isEmpty() ? List.of() : model.comparison());
        overlayChart.getData().setAll(runs.stream().map(run -> {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName("run " + run.id());
            run.metrics().history().forEach(p -> series.getData().add(new XYChart.Data<>(p.epoch(),
                    p.validationLoss())));
            return series;
        }).toList());
    }

    @FXML
    private void restore() {
        RunRecord run = runTable.getSelectionModel().getSelectedItem();
        if (run != null) {
            model.restore(run);
        }
    }

    @FXML
    private void delete() {
        model.delete(runTable.getSelectionModel().getSelectedItems());
    }
}
