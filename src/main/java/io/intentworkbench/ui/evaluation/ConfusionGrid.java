package io.intentworkbench.ui.evaluation;

import io.intentworkbench.evaluation.Confusion;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/** The confusion matrix as a 2 x 2 grid of coloured cells with counts and shares of all test rows. */
public final class ConfusionGrid extends GridPane {
    private final Label[] counts = new Label[4];
    private final Label[] shares = new Label[4];
    private final StackPane[] cells = new StackPane[4];
    private final Label[] names = new Label[4];

    public ConfusionGrid() {
        getStyleClass().add("confusion-grid");
        setHgap(4);
        setVgap(4);
        add(new Label(""), 0, 0);
        add(header("predicted to buy"), 1, 0);
        add(header("predicted not to"), 2, 0);
        add(header("bought"), 0, 1);
        add(header("did not"), 0, 2);
        String[] names = {"true positives", "false negatives", "false positives", "true negatives"};
        for (int i = 0; i < 4; i++) {
            counts[i] = new Label("–");
            counts[i].getStyleClass().add("confusion-count");
            shares[i] = new Label("");
            this.names[i] = new Label(names[i]);
            this.names[i].getStyleClass().add("text-small");
            VBox content = new VBox(2, counts[i], shares[i], this.names[i]);
            content.setAlignment(Pos.CENTER);
            cells[i] = new StackPane(content);
            cells[i].setMinSize(120, 84);
            cells[i].getStyleClass().add("confusion-cell");
            GridPane.setHgrow(cells[i], Priority.ALWAYS);
            GridPane.setVgrow(cells[i], Priority.ALWAYS);
            add(cells[i], 1 + i % 2, 1 + i / 2);
        }
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("confusion-header");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    public void show(Confusion c) {
        long[] values = c == null ? new long[4] : new long[] {c.tp(), c.fn(), c.fp(), c.tn()};
        long total = c == null ? 0 : c.total();
        for (int i = 0; i < 4; i++) {
            counts[i].setText(c == null ? "–" : String.format(Locale.ROOT, "%,d", values[i]));
            shares[i].setText(total == 0 ? "" : String.format(Locale.ROOT, "%.1f %% of rows",
                    100.0 * values[i] / total));
            long rowTotal = i < 2 ? values[0] + values[1] : values[2] + values[3];
            double share = rowTotal == 0 ? 0 : (double) values[i] / rowTotal;
            boolean correct = i == 0 || i == 3;
            Color base = correct ? Color.web("#1a7f37") : Color.web("#cf222e");
            Color fill = Color.WHITE.interpolate(base, 0.12 + 0.6 * share);
            cells[i].setStyle("-fx-background-color: " + web(fill) + "; -fx-background-radius: 6;");
            Color text = share > 0.55 ? Color.WHITE : Color.web("#24292f");
            counts[i].setTextFill(text);
            shares[i].setTextFill(text);
            names[i].setTextFill(text);
        }
    }

    private static String web(Color c) {
        return String.format(Locale.ROOT, "rgb(%d,%d,%d)", (int) (c.getRed() * 255), (int) (c.getGreen() * 255),
                (int) (c.getBlue() * 255));
    }

    /** The counts shown, in the order tp, fn, fp, tn (for tests). */
    public long[] shownCounts() {
        long[] values = new long[4];
        for (int i = 0; i < 4; i++) {
            values[i] = Long.parseLong(counts[i].getText().replace(",", ""));
        }
        return values;
    }
}
