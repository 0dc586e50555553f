package io.intentworkbench.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a screen's FXML with a controller made in code, so controllers get their view-models. */
public final class Views {
    private Views() {
    }

    public static Parent load(Class<?> owner, String fxml, Object controller) {
        URL url = owner.getResource(fxml);
        if (url == null) {
            throw new IllegalStateException("missing view " + fxml + " beside " + owner.getName());
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load view " + fxml, e);
        }
    }
}
