package io.intentworkbench.ui;

import atlantafx.base.theme.PrimerLight;
import io.intentworkbench.experiment.Autosave;
import io.intentworkbench.experiment.Project;
import io.intentworkbench.runtime.AppInfo;
import io.intentworkbench.runtime.NativeRuntime;
import io.intentworkbench.training.WarmUp;
import io.intentworkbench.ui.common.Background;
import io.intentworkbench.ui.common.ChartMenus;
import io.intentworkbench.ui.common.Dialogs;
import io.intentworkbench.ui.common.UiSettings;
import io.intentworkbench.ui.shell.ShellController;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop workbench. The window appears first; the data file (the bundled sample unless one
 * was given) and the native deep-learning backend load in the background after it is shown.
 */
public final class WorkbenchApp extends Application {
    private static final Logger log = LoggerFactory.getLogger(WorkbenchApp.class);
    private static volatile Path initialFile;
    private static final AtomicInteger UNCAUGHT = new AtomicInteger();
    private static final long AUTOSAVE_SECONDS = 30;
    private ShellController shell;
    private WorkbenchState state;
    private Autosave autosave;

    /** Starts the window; blocks until it is closed. */
    public static void open(Path file) {
        initialFile = file;
        Application.launch(WorkbenchApp.class);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        UiSettings settings = UiSettings.forUser();
        state = new WorkbenchState(settings);
        ChartMenus.useSettings(settings);
        shell = new ShellController(state);
        Scene scene = new Scene(shell.load(), 1280, 800);
        scene.getStylesheets().add(WorkbenchApp.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(AppInfo.NAME);
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = WorkbenchApp.class.getResourceAsStream("/icons/icon-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon));
            }
        }
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        settings.restoreWindow(stage);
        stage.setOnCloseRequest(e -> settings.saveWindow(stage));
        Dialogs.setOwner(stage);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            UNCAUGHT.incrementAndGet();
            log.error("Uncaught error on {}", thread.getName(), error);
            Platform.runLater(() -> Dialogs.showError("The workbench", error));
        });
        state.datasetProperty().addListener((obs, old, dataset) -> stage.setTitle(dataset == null ? AppInfo.NAME
                : AppInfo.NAME + " — " + dataset.name()));
        stage.show();
        log.info("Window shown");
        Platform.runLater(this::loadInBackground);
    }

    /** The recovery file; the system property intent.autosave names another (tests use their own). */
    static java.nio.file.Path recoveryFile() {
        String override = System.getProperty("intent.autosave");
        return override != null ? java.nio.file.Path.of(override)
                : io.intentworkbench.runtime.AppDirs.dataDir().resolve("autosave")
                        .resolve("recovery" + io.intentworkbench.experiment.ProjectFiles.EXTENSION);
    }

    /** Offers the work of a session that did not end cleanly; true when it is being recovered. */
    private boolean offerRecovery() {
        var recovered = Autosave.recoverable(recoveryFile());
        if (recovered.isEmpty()) {
            return false;
        }
        Project project = recovered.get();
        boolean yes = Dialogs.confirm("Recover your work?", "Intent Workbench did not close properly last time. "
                + "Its autosaved work on " + java.nio.file.Path.of(project.dataFile()).getFileName() + " ("
                + project.runs().size() + " runs) can be recovered.", "Recover", "Start afresh");
        if (yes) {
            shell.projects().apply(project, shell::locateData);
        }
        return yes;
    }

    private void startAutosave() {
        autosave = new Autosave(recoveryFile(), () -> onFxThread(state::toProject), AUTOSAVE_SECONDS);
        state.onChange(autosave::markChanged);
    }

    private static <T> T onFxThread(java.util.function.Supplier<T> supplier) {
        var result = new java.util.concurrent.CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                result.complete(supplier.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.join();
    }

    @Override
    public void stop() {
        if (autosave != null) {
            autosave.close();
        }
    }

    private void loadInBackground() {
        state.statusProperty().set("Getting ready: loading the deep-learning backend…");
        Background.start("Native backend", progress -> {
            NativeRuntime.configure();
            return NativeRuntime.backendName();
        }, backend -> {
            state.statusProperty().set("Ready (" + backend + ").");
            // The first training in a process is about twice as slow while DL4J's code is compiled;
            // pay that now, while the person reads their data (a training that starts stops it).
            Background.start("Warm-up", work -> WarmUp.run(), seconds -> { },
                    error -> log.warn("The training warm-up failed", error), () -> { });
        }, error -> Dialogs.showError("Loading the deep-learning backend", error), () -> { });
        boolean recovering = initialFile == null && offerRecovery();
        startAutosave();
        if (recovering) {
            return;
        }
        if (initialFile != null) {
            shell.dataModel().open(initialFile);
            return;
        }
        Background.start("Sample data", progress -> SampleData.file(), shell.dataModel()::open,
                error -> Dialogs.showError("Opening the sample data", error), () -> { });
    }

    /** The file the window opens instead of the sample (for tests). */
    static void openOnStart(Path file) {
        initialFile = file;
    }

    /** How many errors reached the uncaught-exception handler (for tests: it should stay 0). */
    static int uncaughtErrors() {
        return UNCAUGHT.get();
    }

    ShellController shell() {
        return shell;
    }

    WorkbenchState state() {
        return state;
    }
}
