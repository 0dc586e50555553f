package io.intentworkbench.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the window remembers between sessions: its size and place, the last folder, recent files. */
public final class UiSettings {
    private static final Logger log = LoggerFactory.getLogger(UiSettings.class);
    private static final int MAX_RECENT = 8;
    private static final String RECENT = "recentFiles";
    private final Preferences node;

    public UiSettings(Preferences node) {
        this.node = node;
    }

    /** The user's settings; the system property intent.settings names another node (tests use their own). */
    public static UiSettings forUser() {
        return new UiSettings(Preferences.userRoot().node(System.getProperty("intent.settings",
                "io/intentworkbench/window")));
    }

    public void restoreWindow(Stage stage) {
        double width = node.getDouble("width", 1280);
        double height = node.getDouble("height", 800);
        stage.setWidth(Math.max(900, width));
        stage.setHeight(Math.max(600, height));
        double x = node.getDouble("x", Double.NaN);
        double y = node.getDouble("y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && isOnScreen(x, y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(node.getBoolean("maximized", false));
    }

    private static boolean isOnScreen(double x, double y) {
        return javafx.stage.Screen.getScreensForRectangle(x, y, 50, 50).size() > 0;
    }

    public void saveWindow(Stage stage) {
        node.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            node.putDouble("width", stage.getWidth());
            node.putDouble("height", stage.getHeight());
            node.putDouble("x", stage.getX());
            node.putDouble("y", stage.getY());
        }
        flush();
    }

    public Path lastFolder() {
        String folder = node.get("lastFolder", System.getProperty("user.home"));
        Path path = Path.of(folder);
        return Files.isDirectory(path) ? path : Path.of(System.getProperty("user.home"));
    }

    public void rememberFolder(Path file) {
        Path folder = Files.isDirectory(file) ? file : file.toAbsolutePath().getParent();
        if (folder != null) {
            node.put("lastFolder", folder.toString());
            flush();
        }
    }

    public List<Path> recentFiles() {
        String joined = node.get(RECENT, "");
        return Arrays.stream(joined.split("\n")).filter(s -> !s.isBlank()).map(Path::of).filter(Files::isRegularFile)
                .toList();
    }

    public void addRecentFile(Path file) {
        List<Path> recent = new ArrayList<>(recentFiles());
        Path absolute = file.toAbsolutePath().normalize();
        recent.remove(absolute);
        recent.add(0, absolute);
        node.put(RECENT, String.join("\n", recent.stream().limit(MAX_RECENT).map(Path::toString).toList()));
        rememberFolder(absolute);
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            log.warn("Window settings could not be saved: {}", e.getMessage());
        }
    }
}
