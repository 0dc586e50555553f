package io.intentworkbench.ui.evaluation;

import io.intentworkbench.ui.common.NiceScale;
import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * A scatter plot of test rows drawn on a canvas (thousands of points stay cheap): two features,
 * points coloured by predicted probability with a legend, misclassified rows ringed in red, and a
 * tooltip with the row under the mouse.
 */
public final class ProbabilityScatter extends Region {
    private static final double LEFT = 64;
    private static final double RIGHT = 90;
    private static final double TOP = 16;
    private static final double BOTTOM = 46;
    private static final Color AXIS = Color.web("#57606a");
    private static final Color WRONG = Color.web("#cf222e");
    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    /** The image the points were last drawn into, reused while the size stays the same. */
    private WritableImage pointLayer;
    private List<ScatterPoint> points = List.of();
    private String xName = "";
    private String yName = "";
    private double threshold = 0.5;
    private double minX;
    private double maxX;
    private double minY;
    private double maxY;
    private boolean logX;
    private boolean logY;
    private double xStep = 0.25;
    private double yStep = 0.25;

    public ProbabilityScatter() {
        getChildren().add(canvas);
        setMinSize(300, 220);
        tooltip.setShowDelay(Duration.millis(100));
        canvas.setOnMouseMoved(e -> showTooltip(e.getX(), e.getY(), e.getScreenX(), e.getScreenY()));
        canvas.setOnMouseExited(e -> tooltip.hide());
        // The points are drawn at the window's output scale: drawn again when it changes (another screen).
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, oldWindow, window) -> redrawOnScaleChange(window));
                redrawOnScaleChange(scene.getWindow());
            }
        });
    }

    private void redrawOnScaleChange(Window window) {
        if (window != null) {
            window.outputScaleXProperty().addListener((obs, old, scale) -> draw());
        }
    }

    /**
     * @param logX whether the x axis shows log(1 + x), for skewed counts and durations (likewise logY)
     */
    public void show(List<ScatterPoint> newPoints, String x, String y, double newThreshold, boolean logX,
                     boolean logY) {
        this.logX = logX;
        this.logY = logY;
        points = newPoints.stream().map(p -> new ScatterPoint(p.row(), shape(p.x(), logX), shape(p.y(), logY),
                p.probability(), p.label())).toList();
        xName = x == null ? "" : x;
        yName = y == null ? "" : y;
        threshold = newThreshold;
        double[] xRange = NiceScale.range(points.stream().mapToDouble(ScatterPoint::x).min().orElse(0),
                points.stream().mapToDouble(ScatterPoint::x).max().orElse(1));
        double[] yRange = NiceScale.range(points.stream().mapToDouble(ScatterPoint::y).min().orElse(0),
                points.stream().mapToDouble(ScatterPoint::y).max().orElse(1));
        minX = xRange[0];
        maxX = xRange[1];
        xStep = xRange[2];
        minY = yRange[0];
        maxY = yRange[1];
        yStep = yRange[2];
        draw();
    }

    public int pointCount() {
        return points.size();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private double px(double x) {
        return LEFT + (x - minX) / Math.max(1e-12, maxX - minX) * (canvas.getWidth() - LEFT - RIGHT);
    }

    private double py(double y) {
        return canvas.getHeight() - BOTTOM - (y - minY) / Math.max(1e-12, maxY - minY)
                * (canvas.getHeight() - TOP - BOTTOM);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (w < 1 || h < 1) {
            return;
        }
        if (points.isEmpty()) {
            g.setFill(AXIS);
            g.fillText("No points to show: train a model and pick two numeric features.", LEFT, h / 2);
            return;
        }
        drawAxes(g, w, h);
        // Drawn into one image at the window's output scale, sharp on high-density screens (desktops
        // scale both axes alike; the horizontal scale is used).
        double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX()
                : 1;
        int pixelWidth = (int) Math.ceil(w * scale - 1e-6);
        int pixelHeight = (int) Math.ceil(h * scale - 1e-6);
        PointRaster raster = new PointRaster(pixelWidth, pixelHeight);
        PointRaster.Mask disc = PointRaster.disc(3 * scale);
        PointRaster.Mask ring = PointRaster.ring(4.5 * scale, 1.2 * scale);
        int wrong = PointRaster.argb(WRONG);
        for (ScatterPoint p : points) {
            double x = px(p.x()) * scale;
            double y = py(p.y()) * scale;
            raster.stamp(disc, x, y, PointRaster.argb(ColorScale.at(p.probability())));
            if (p.misclassified(threshold)) {
                raster.stamp(ring, x, y, wrong);
            }
        }
        pointLayer = raster.toImage(pointLayer);
        g.drawImage(pointLayer, 0, 0, pixelWidth / scale, pixelHeight / scale);
        drawLegend(g, w, h);
    }

    private void drawAxes(GraphicsContext g, double w, double h) {
        g.setStroke(AXIS);
        g.setFill(AXIS);
        g.setLineWidth(1);
        g.strokeLine(LEFT, h - BOTTOM, w - RIGHT, h - BOTTOM);
        g.strokeLine(LEFT, TOP, LEFT, h - BOTTOM);
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.CENTER);
        for (double vx = minX; vx <= maxX + xStep / 2; vx += xStep) {
            g.strokeLine(px(vx), h - BOTTOM, px(vx), h - BOTTOM + 4);
            g.fillText(format(unshape(vx, logX)), px(vx), h - BOTTOM + 17);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        for (double vy = minY; vy <= maxY + yStep / 2; vy += yStep) {
            g.strokeLine(LEFT - 4, py(vy), LEFT, py(vy));
            g.fillText(format(unshape(vy, logY)), LEFT - 7, py(vy) + 4);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(logX ? xName + " (log scale)" : xName, (LEFT + w - RIGHT) / 2, h - 8);
        g.save();
        g.translate(14, (TOP + h - BOTTOM) / 2);
        g.rotate(-90);
        g.fillText(logY ? yName + " (log scale)" : yName, 0, 0);
        g.restore();
    }

    private void drawLegend(GraphicsContext g, double w, double h) {
        double x = w - RIGHT + 22;
        double top = TOP + 18;
        double height = Math.max(60, h - TOP - BOTTOM - 60);
        for (int i = 0; i < height; i++) {
            g.setFill(ColorScale.at(1 - i / height));
            g.fillRect(x, top + i, 14, 1);
        }
        g.setFill(AXIS);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("1.0", x + 18, top + 8);
        g.fillText("0.5", x + 18, top + height / 2 + 4);
        g.fillText("0.0", x + 18, top + height);
        g.fillText("P(buy)", x - 6, top - 6);
        g.setStroke(WRONG);
        g.strokeOval(x, top + height + 14, 9, 9);
        g.fillText("wrong", x + 14, top + height + 23);
    }

    private static double shape(double value, boolean log) {
        return log ? Math.log1p(Math.max(0, value)) : value;
    }

    private static double unshape(double value, boolean log) {
        return log ? Math.expm1(value) : value;
    }

    private static String format(double value) {
        if (Math.abs(value) >= 1000) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return io.intentworkbench.data.Numbers.format(value, 3);
    }

    private void showTooltip(double mouseX, double mouseY, double screenX, double screenY) {
        ScatterPoint nearest = null;
        double best = 36;
        for (ScatterPoint p : points) {
            double dx = px(p.x()) - mouseX;
            double dy = py(p.y()) - mouseY;
            double distance = dx * dx + dy * dy;
            if (distance < best) {
                best = distance;
                nearest = p;
            }
        }
        if (nearest == null) {
            tooltip.hide();
            return;
        }
        tooltip.setText(String.format(Locale.ROOT, "row %d%n%s = %s%n%s = %s%nP(buy) = %.3f%nbought: %s%s",
                nearest.row() + 1, xName, format(unshape(nearest.x(), logX)), yName,
                format(unshape(nearest.y(), logY)), nearest.probability(),
                nearest.label() == 1 ? "yes" : "no", nearest.misclassified(threshold) ? " (misclassified)" : ""));
        tooltip.show(canvas, screenX + 12, screenY + 12);
    }
}
