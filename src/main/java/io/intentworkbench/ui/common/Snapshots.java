package io.intentworkbench.ui.common;

import io.intentworkbench.files.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/** Saves a part of the window (a chart) as a PNG at twice its size on screen. */
public final class Snapshots {
    public static final double SCALE = 2.0;

    private Snapshots() {
    }

    /** Takes the picture on the FX thread; call it there. */
    public static BufferedImage capture(Node node) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(SCALE, SCALE));
        WritableImage image = node.snapshot(parameters, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, pixels, 0, width);
        return buffered;
    }

    public static void savePng(Node node, Path file) throws IOException {
        BufferedImage image = capture(node);
        AtomicFiles.write(file, out -> ImageIO.write(image, "png", out));
    }
}
