package io.intentworkbench.ui.evaluation;

import io.intentworkbench.evaluation.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The test figures of the network and its baselines, a row each, in a grid of labels. A table
 * view did the same with selection and scrolling nobody needs here, and laying out its first rows
 * took 40 to 70 ms of the FX thread just as a finished training handed over to this screen.
 */
public final class MetricsGrid extends GridPane {
    private static final List<String> HEADERS = List.of("Model", "ROC AUC", "PR AUC", "F1", "Precision", "Recall",
            "Accuracy", "Log loss", "Threshold");
    private static final List<ToDoubleFunction<Metrics>> FIGURES = List.of(Metrics::rocAuc, Metrics::prAuc,
            Metrics::f1, Metrics::precision, Metrics::recall, Metrics::accuracy, Metrics::logLoss, Metrics::threshold);
    private final List<Label[]> rows = new ArrayList<>();
    private final Label placeholder = new Label("No model yet: train one on the training screen.");

    public MetricsGrid() {
        getStyleClass().add("metrics-grid");
        for (int c = 0; c < HEADERS.size(); c++) {
            Label header = cell(HEADERS.get(c), c);
            header.getStyleClass().add("metrics-header");
            add(header, c, 0);
            ColumnConstraints column = new ColumnConstraints();
            column.setHgrow(c == 0 ? Priority.ALWAYS : Priority.SOMETIMES);
            column.setMinWidth(c == 0 ? 170 : 80);
            column.setHalignment(c == 0 ? HPos.LEFT : HPos.RIGHT);
            getColumnConstraints().add(column);
        }
        placeholder.getStyleClass().add("text-muted");
        add(placeholder, 0, 1, HEADERS.size(), 1);
    }

    /** Shows one row per entry, the figures to four decimals. */
    public void show(List<MetricRow> entries) {
        placeholder.setVisible(entries.isEmpty());
        placeholder.setManaged(entries.isEmpty());
        while (rows.size() < entries.size()) {
            Label[] row = new Label[HEADERS.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = cell("", c);
                add(row[c], c, rows.size() + 1);
            }
            rows.add(row);
        }
        for (int r = 0; r < rows.size(); r++) {
            boolean shown = r < entries.size();
            for (int c = 0; c < HEADERS.size(); c++) {
                Label label = rows.get(r)[c];
                label.setVisible(shown);
                label.setManaged(shown);
                if (shown) {
                    label.setText(c == 0 ? entries.get(r).model() : String.format(Locale.ROOT, "%.4f",
                            FIGURES.get(c - 1).applyAsDouble(entries.get(r).metrics())));
                }
            }
        }
    }

    /** The text of a shown cell (row 0 is the first model), for tests. */
    public String text(int row, int column) {
        return rows.get(row)[column].getText();
    }

    private static Label cell(String text, int column) {
        Label label = new Label(text);
        label.getStyleClass().add(column == 0 ? "metrics-name" : "metrics-figure");
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
