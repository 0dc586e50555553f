package io.intentworkbench.ui.evaluation;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Scatter points drawn in Java into one image (premultiplied ARGB), which the canvas then paints
 * in one go. With software rendering, 3,000 anti-aliased canvas ovals took 40 to 100 ms to paint,
 * in a frame the window waits for; one image takes a few. Edges are anti-aliased by how far each
 * pixel's centre lies from the shape's edge.
 */
final class PointRaster {
    private final int width;
    private final int height;
    private final int[] pixels;

    PointRaster(int width, int height) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        this.pixels = new int[this.width * this.height];
    }

    /** A filled disc. */
    void disc(double centreX, double centreY, double radius, int argb) {
        shape(centreX, centreY, radius + 1, argb, distance -> radius + 0.5 - distance);
    }

    /** A circle's outline, of the given line width. */
    void ring(double centreX, double centreY, double radius, double lineWidth, int argb) {
        shape(centreX, centreY, radius + lineWidth / 2 + 1, argb,
                distance -> lineWidth / 2 + 0.5 - Math.abs(distance - radius));
    }

    private interface Coverage {
        double at(double distance);
    }

    private void shape(double centreX, double centreY, double reach, int argb, Coverage coverage) {
        int x0 = Math.max(0, (int) Math.floor(centreX - reach));
        int x1 = Math.min(width - 1, (int) Math.ceil(centreX + reach));
        int y0 = Math.max(0, (int) Math.floor(centreY - reach));
        int y1 = Math.min(height - 1, (int) Math.ceil(centreY + reach));
        for (int y = y0; y <= y1; y++) {
            double dy = y + 0.5 - centreY;
            for (int x = x0; x <= x1; x++) {
                double dx = x + 0.5 - centreX;
                double share = coverage.at(Math.sqrt(dx * dx + dy * dy));
                if (share > 0) {
                    blend(y * width + x, Math.min(1, share), argb);
                }
            }
        }
    }

    /** Paints an opaque colour over the pixel with the given share of coverage. */
    private void blend(int index, double share, int argb) {
        int under = pixels[index];
        int result = 0;
        for (int shift = 0; shift <= 24; shift += 8) {
            int source = shift == 24 ? 255 : (argb >>> shift) & 0xFF;
            int target = (under >>> shift) & 0xFF;
            result |= ((int) Math.round(source * share + target * (1 - share)) & 0xFF) << shift;
        }
        pixels[index] = result;
    }

    /** The premultiplied ARGB value of a pixel (for tests). */
    int pixel(int x, int y) {
        return pixels[y * width + x];
    }

    WritableImage toImage() {
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        return image;
    }

    static int argb(Color color) {
        return 0xFF000000 | (int) Math.round(color.getRed() * 255) << 16 | (int) Math.round(color.getGreen() * 255) << 8
                | (int) Math.round(color.getBlue() * 255);
    }
}
