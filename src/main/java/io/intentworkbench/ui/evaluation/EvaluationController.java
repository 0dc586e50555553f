package io.intentworkbench.ui.evaluation;

import io.intentworkbench.evaluation.CurvePoint;
import io.intentworkbench.ui.common.ChartMenus;
import io.intentworkbench.ui.common.Views;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;

/** The evaluation screen: metrics and baselines, threshold, confusion matrix, curves and the scatter plot. */
public final class EvaluationController {
    private final EvaluationViewModel model;
    private final ConfusionGrid confusionGrid = new ConfusionGrid();
    private final ProbabilityScatter scatterPlot = new ProbabilityScatter();
    @FXML
    private Label headlineLabel;
    @FXML
    private MetricsGrid metricsTable;
    @FXML
    private Slider thresholdSlider;
    @FXML
    private Label thresholdLabel;
    @FXML
    private StackPane confusionHolder;
    @FXML
    private LineChart<Number, Number> rocChart;
    @FXML
    private LineChart<Number, Number> prChart;
    @FXML
    private ComboBox<String> xBox;
    @FXML
    private ComboBox<String> yBox;
    @FXML
    private Label scatterNote;
    @FXML
    private javafx.scene.control.CheckBox logXBox;
    @FXML
    private javafx.scene.control.CheckBox logYBox;
    @FXML
    private StackPane scatterHolder;
    @FXML
    private LineChart<Number, Number> reliabilityChart;

    public EvaluationController(EvaluationViewModel model) {
        this.model = model;
    }

    public Parent load() {
        return Views.load(EvaluationController.class, "EvaluationView.fxml", this);
    }

    @FXML
    private void initialize() {
        headlineLabel.textProperty().bind(model.headlineProperty());
        metricsTable.show(model.metrics());
        model.metrics().addListener((ListChangeListener<MetricRow>) c -> metricsTable.show(model.metrics()));
        thresholdSlider.valueProperty().bindBidirectional(model.thresholdProperty());
        thresholdLabel.textProperty().bind(model.thresholdProperty().asString(Locale.ROOT, "%.3f"));
        confusionHolder.getChildren().add(confusionGrid);
        model.confusionProperty().addListener((obs, old, confusion) -> confusionGrid.show(confusion));
        confusionGrid.show(model.confusionProperty().get());
        model.roc().addListener((ListChangeListener<CurvePoint>) c -> drawCurve(rocChart, model.roc(),
                model.rocMarkerProperty().get()));
        model.pr().addListener((ListChangeListener<CurvePoint>) c -> drawCurve(prChart, model.pr(),
                model.prMarkerProperty().get()));
        model.rocMarkerProperty().addListener((obs, old, marker) -> drawCurve(rocChart, model.roc(), marker));
        model.prMarkerProperty().addListener((obs, old, marker) -> drawCurve(prChart, model.pr(), marker));
        xBox.setItems(model.numericFeatures());
        yBox.setItems(model.numericFeatures());
        xBox.valueProperty().bindBidirectional(model.xFeatureProperty());
        yBox.valueProperty().bindBidirectional(model.yFeatureProperty());
        logXBox.selectedProperty().bindBidirectional(model.logXProperty());
        logYBox.selectedProperty().bindBidirectional(model.logYProperty());
        model.logXProperty().addListener((obs, old, log) -> drawScatter());
        model.logYProperty().addListener((obs, old, log) -> drawScatter());
        scatterHolder.getChildren().add(scatterPlot);
        model.scatter().addListener((ListChangeListener<ScatterPoint>) c -> drawScatter());
        model.thresholdProperty().addListener((obs, old, t) -> drawScatter());
        model.reliability().addListener((ListChangeListener<CurvePoint>) c -> drawReliability());
        drawReliability();
        ChartMenus.addSaveAsPng(reliabilityChart, "reliability");
        ChartMenus.addSaveAsPng(rocChart, "roc-curve");
        ChartMenus.addSaveAsPng(prChart, "pr-curve");
        ChartMenus.addSaveAsPng(confusionGrid, "confusion-matrix");
        ChartMenus.addSaveAsPng(scatterPlot, "prediction-scatter");
        drawScatter();
    }

    /** Chart property holding the hash of the points the curve was drawn from. */
    private static final String CURVE_VERSION = "intent.curve";

    /** Draws the curve, or when only the marker moved (the threshold slider), moves just the marker. */
    private static void drawCurve(LineChart<Number, Number> chart, List<CurvePoint> points, CurvePoint marker) {
        XYChart.Series<Number, Number> threshold = new XYChart.Series<>();
        threshold.setName("threshold");
        if (marker != null && !points.isEmpty()) {
            XYChart.Data<Number, Number> point = new XYChart.Data<>(marker.x(), marker.y());
            Circle dot = new Circle(6, javafx.scene.paint.Color.web("#cf222e"));
            dot.setStroke(javafx.scene.paint.Color.WHITE);
            dot.setStrokeWidth(2);
            point.setNode(dot);
            threshold.getData().add(point);
        }
        int version = points.hashCode();
        if (chart.getData().size() == 2 && Objects.equals(chart.getProperties().get(CURVE_VERSION), version)) {
            chart.getData().set(1, threshold);
            return;
        }
        XYChart.Series<Number, Number> curve = new XYChart.Series<>();
        curve.setName("network");
        List<XYChart.Data<Number, Number>> data = new ArrayList<>(points.size());
        points.forEach(p -> data.add(new XYChart.Data<>(p.x(), p.y())));
        curve.getData().setAll(data);
        chart.getProperties().put(CURVE_VERSION, version);
        chart.getData().setAll(List.of(curve, threshold));
    }

    /** Test rows grouped by predicted probability: the share that bought against the mean prediction. */
    private void drawReliability() {
        XYChart.Series<Number, Number> curve = new XYChart.Series<>();
        curve.setName("network");
        XYChart.Series<Number, Number> diagonal = new XYChart.Series<>();
        diagonal.setName("perfect calibration");
        if (!model.reliability().isEmpty()) {
            model.reliability().forEach(p -> curve.getData().add(new XYChart.Data<>(p.x(), p.y())));
            diagonal.getData().add(new XYChart.Data<>(0, 0));
            diagonal.getData().add(new XYChart.Data<>(1, 1));
        }
        reliabilityChart.getData().setAll(List.of(curve, diagonal));
        if (diagonal.getNode() != null) {
            diagonal.getNode().setStyle("-fx-stroke: #8c959f; -fx-stroke-dash-array: 6 4; -fx-stroke-width: 1.5;");
            diagonal.getData().forEach(d -> d.getNode().setVisible(false));
        }
    }

    private void drawScatter() {
        scatterPlot.show(model.scatter(), model.xFeatureProperty().get(), model.yFeatureProperty().get(),
                model.thresholdProperty().get(), model.logXProperty().get(), model.logYProperty().get());
        scatterNote.setText(model.scatter().isEmpty() ? "" : String.format(Locale.ROOT,
                "%,d test rows drawn (a random sample of at most %,d); colour is the predicted probability of buying, "
                        + "red rings mark rows the threshold gets wrong. Hover for the row.",
                model.scatter().size(), EvaluationViewModel.MAX_SCATTER_POINTS));
    }

    @FXML
    private void resetThreshold() {
        if (model.state().lastRunProperty().get() != null) {
            model.thresholdProperty().set(model.state().lastRunProperty().get().bundle().threshold());
        }
    }

    public ConfusionGrid confusionGrid() {
        return confusionGrid;
    }

    public LineChart<Number, Number> reliabilityChart() {
        return reliabilityChart;
    }

    public ProbabilityScatter scatterPlot() {
        return scatterPlot;
    }
}
