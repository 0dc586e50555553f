package io.intentworkbench.ui.common;

import io.intentworkbench.data.DataException;
import io.intentworkbench.runtime.AppDirs;
import io.intentworkbench.training.TrainingCancelledException;
import io.intentworkbench.training.TrainingDivergedException;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path for errors in the window: a person sees a short sentence with what to do next;
 * the details go to the log file.
 */
public final class Dialogs {
    private static final Logger log = LoggerFactory.getLogger(Dialogs.class);
    private static Window owner;
    private static boolean quiet;

    private Dialogs() {
    }

    public static void setOwner(Window window) {
        owner = window;
    }

    /** In tests: log instead of opening dialogs that nobody would close. */
    public static void setQuiet(boolean value) {
        quiet = value;
    }

    /** Reports a failure of the named action. */
    public static void showError(String action, Throwable error) {
        String sentence = sentenceFor(action, error);
        if (isExpected(error)) {
            log.info("{}: {}", action, sentence);
        } else {
            log.error("{} failed", action, error);
        }
        show(Alert.AlertType.ERROR, action, sentence);
    }

    /** Asks a yes-or-no question on the FX thread; in tests (quiet) the answer is no. */
    public static boolean confirm(String title, String text, String yes, String no) {
        if (quiet) {
            log.info("Question '{}': {} (answered no)", title, text);
            return false;
        }
        ButtonType accept = new ButtonType(yes, javafx.scene.control.ButtonBar.ButtonData.YES);
        ButtonType decline = new ButtonType(no, javafx.scene.control.ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, accept, decline);
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (owner != null) {
            alert.initOwner(owner);
        }
        return alert.showAndWait().orElse(decline) == accept;
    }

    public static void showInfo(String title, String text) {
        show(Alert.AlertType.INFORMATION, title, text);
    }

    /** The sentence a person reads for an error: the error's own message where it was written for them. */
    public static String sentenceFor(String action, Throwable error) {
        Throwable cause = unwrap(error);
        if (isExpected(cause)) {
            return cause.getMessage();
        }
        return action + " failed unexpectedly (" + cause.getClass().getSimpleName()
                + "). The details are in " + AppDirs.logFile() + ".";
    }

    private static boolean isExpected(Throwable error) {
        Throwable cause = unwrap(error);
        return cause instanceof DataException || cause instanceof TrainingDivergedException
                || cause instanceof TrainingCancelledException || cause instanceof java.io.IOException;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static void show(Alert.AlertType type, String title, String text) {
        if (quiet) {
            log.info("Dialog '{}': {}", title, text);
            return;
        }
        Runnable open = () -> {
            Alert alert = new Alert(type, text, ButtonType.OK);
            alert.setTitle(title);
            alert.setHeaderText(title);
            if (owner != null) {
                alert.initOwner(owner);
            }
            alert.getDialogPane().setMinWidth(480);
            alert.showAndWait();
        };
        if (Platform.isFxApplicationThread()) {
            open.run();
        } else {
            Platform.runLater(open);
        }
    }
}
