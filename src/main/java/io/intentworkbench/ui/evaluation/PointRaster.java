package io.intentworkbench.ui.evaluation;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Scatter points drawn in Java into one image (premultiplied ARGB), which the canvas then paints
 * in one go. With software rendering, 3,000 anti-aliased canvas ovals took 40 to 100 ms to paint,
 * in a frame the window waits for; one image takes a few. Each shape is a mask of coverage worked
 * out once per drawing (anti-aliased by how far each pixel's centre lies from the edge) and
 * stamped, centred on the pixel under each point, with integer arithmetic, so that even the first
 * drawing, before the JIT compiler has seen this code, takes a few milliseconds.
 */
final class PointRaster {
    private final int width;
    private final int height;
    private final int[] pixels;

    /** Coverage (0 to 255) of a shape on a square of pixels whose middle pixel holds the shape's centre. */
    record Mask(int size, int[] coverage) {
    }

    PointRaster(int width, int height) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        this.pixels = new int[this.width * this.height];
    }

    /** A filled disc. */
    static Mask disc(double radius) {
        return mask(radius + 1, distance -> radius + 0.5 - distance);
    }

    /** A circle's outline, of the given line width. */
    static Mask ring(double radius, double lineWidth) {
        return mask(radius + lineWidth / 2 + 1, distance -> lineWidth / 2 + 0.5 - Math.abs(distance - radius));
    }

    private static Mask mask(double reach, java.util.function.DoubleUnaryOperator share) {
        int half = (int) Math.ceil(reach);
        int size = 2 * half + 1;
        int[] coverage = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double value = share.applyAsDouble(Math.hypot(x - half, y - half));
                coverage[y * size + x] = (int) Math.round(255 * Math.max(0, Math.min(1, value)));
            }
        }
        return new Mask(size, coverage);
    }

    /** Paints an opaque colour through the mask, centred on the pixel under the given point. */
    void stamp(Mask mask, double x, double y, int argb) {
        int half = mask.size() / 2;
        int left = (int) Math.floor(x) - half;
        int top = (int) Math.floor(y) - half;
        int red = (argb >>> 16) & 0xFF;
        int green = (argb >>> 8) & 0xFF;
        int blue = argb & 0xFF;
        int[] coverage = mask.coverage();
        for (int my = Math.max(0, -top); my < mask.size() && top + my < height; my++) {
            int row = (top + my) * width;
            for (int mx = Math.max(0, -left); mx < mask.size() && left + mx < width; mx++) {
                int a = coverage[my * mask.size() + mx];
                if (a == 0) {
                    continue;
                }
                int index = row + left + mx;
                int under = pixels[index];
                int keep = 255 - a;
                pixels[index] = mix(255, under >>> 24, a, keep) << 24 | mix(red, (under >>> 16) & 0xFF, a, keep) << 16
                        | mix(green, (under >>> 8) & 0xFF, a, keep) << 8 | mix(blue, under & 0xFF, a, keep);
            }
        }
    }

    private static int mix(int source, int target, int share, int keep) {
        return (source * share + target * keep + 127) / 255;
    }

    /** The premultiplied ARGB value of a pixel (for tests). */
    int pixel(int x, int y) {
        return pixels[y * width + x];
    }

    /** Writes the pixels into the given image if it has this size, else into a new one; returns the image. */
    WritableImage toImage(WritableImage reuse) {
        WritableImage image = reuse != null && (int) reuse.getWidth() == width && (int) reuse.getHeight() == height
                ? reuse : new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        return image;
    }

    static int argb(Color color) {
        return 0xFF000000 | (int) Math.round(color.getRed() * 255) << 16 | (int) Math.round(color.getGreen() * 255) << 8
                | (int) Math.round(color.getBlue() * 255);
    }
}
