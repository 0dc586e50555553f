package io.intentworkbench.runtime;

import java.nio.file.Path;
import java.util.Locale;

/** Where the app keeps its own files: logs, settings and projects, in the user's data folder. */
public final class AppDirs {
    private static final String LOG_PROPERTY = "intent.logdir";

    private AppDirs() {
    }

    /** The per-user data folder: XDG on Linux, Application Support on macOS, LOCALAPPDATA on Windows. */
    public static Path dataDir() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null ? local : home, "IntentWorkbench");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "IntentWorkbench");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local",
                "share")).resolve("intent-workbench");
    }

    public static Path logDir() {
        return dataDir().resolve("logs");
    }

    public static Path logFile() {
        return Path.of(System.getProperty(LOG_PROPERTY, logDir().toString()), "intent-workbench.log");
    }

    /** Tells the logging configuration where to write; call before the first logger is made. */
    public static void prepareLogging() {
        if (System.getProperty(LOG_PROPERTY) == null) {
            System.setProperty(LOG_PROPERTY, logDir().toString());
        }
    }
}
