package io.intentworkbench.ui.common;

import java.io.File;
import java.io.IOException;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;

/** Gives a chart a right-click menu to save it as a PNG at twice screen resolution. */
public final class ChartMenus {
    private static UiSettings settings;

    private ChartMenus() {
    }

    public static void useSettings(UiSettings uiSettings) {
        settings = uiSettings;
    }

    public static void addSaveAsPng(Node chart, String suggestedName) {
        MenuItem save = new MenuItem("Save as PNG…");
        save.setOnAction(e -> choosePngAndSave(chart, suggestedName));
        ContextMenu menu = new ContextMenu(save);
        chart.setOnContextMenuRequested(e -> menu.show(chart, e.getScreenX(), e.getScreenY()));
    }

    public static void choosePngAndSave(Node chart, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save chart as PNG");
        chooser.setInitialFileName(suggestedName + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        if (settings != null) {
            chooser.setInitialDirectory(settings.lastFolder().toFile());
        }
        File file = chooser.showSaveDialog(chart.getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            Snapshots.savePng(chart, file.toPath());
            if (settings != null) {
                settings.rememberFolder(file.toPath());
            }
        } catch (IOException e) {
            Dialogs.showError("Save chart", e);
        }
    }
}
