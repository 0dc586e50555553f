package io.intentworkbench.ui.model;

import io.intentworkbench.model.LayerSpec;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** A small drawing of the network: a column of nodes per layer (at most a dozen drawn) and their links. */
public final class NetworkDiagram extends Region {
    private static final int MAX_DRAWN = 12;
    private static final Color LINK = Color.web("#8c959f", 0.25);
    private static final Color INPUT = Color.web("#57606a");
    private static final Color HIDDEN = Color.web("#0969da");
    private static final Color OUTPUT = Color.web("#1a7f37");
    private final Canvas canvas = new Canvas();
    private int inputs = 1;
    private List<LayerSpec> layers = List.of();

    public NetworkDiagram() {
        getChildren().add(canvas);
        setMinSize(200, 180);
    }

    public void show(int inputCount, List<LayerSpec> hidden) {
        inputs = Math.max(1, inputCount);
        layers = List.copyOf(hidden);
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        List<Integer> sizes = new ArrayList<>();
        sizes.add(inputs);
        layers.forEach(l -> sizes.add(l.units()));
        sizes.add(2);
        int columns = sizes.size();
        double top = 30;
        double bottom = h - 30;
        double[][] ys = new double[columns][];
        double[] xs = new double[columns];
        for (int c = 0; c < columns; c++) {
            xs[c] = 70 + (w - 140) * c / Math.max(1, columns - 1);
            int drawn = Math.min(MAX_DRAWN, sizes.get(c));
            ys[c] = new double[drawn];
            for (int i = 0; i < drawn; i++) {
                ys[c][i] = drawn == 1 ? (top + bottom) / 2 : top + (bottom - top) * i / (drawn - 1);
            }
        }
        g.setStroke(LINK);
        g.setLineWidth(1);
        for (int c = 0; c + 1 < columns; c++) {
            for (double y1 : ys[c]) {
                for (double y2 : ys[c + 1]) {
                    g.strokeLine(xs[c], y1, xs[c + 1], y2);
                }
            }
        }
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.CENTER);
        for (int c = 0; c < columns; c++) {
            Color color = c == 0 ? INPUT : c == columns - 1 ? OUTPUT : HIDDEN;
            g.setFill(color);
            double radius = Math.max(3, Math.min(7, (bottom - top) / (ys[c].length * 2.5)));
            for (double y : ys[c]) {
                g.fillOval(xs[c] - radius, y - radius, radius * 2, radius * 2);
            }
            g.setFill(Color.web("#24292f"));
            String label = c == 0 ? sizes.get(c) + " inputs" : c == columns - 1 ? "2 outputs"
                    : sizes.get(c) + " " + layers.get(c - 1).activation().name().toLowerCase();
            g.fillText(label, xs[c], h - 10);
            if (sizes.get(c) > MAX_DRAWN) {
                g.fillText("(" + MAX_DRAWN + " of " + sizes.get(c) + " drawn)", xs[c], 16);
            }
        }
    }
}
