package io.intentworkbench.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves the current project to a recovery file at a fixed interval while there are unsaved
 * changes, so a crash or a killed process loses at most one interval of work. The file is written
 * atomically and removed on a clean exit; one found at start means the last session did not end
 * cleanly, and its work can be recovered.
 */
public final class Autosave implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Autosave.class);
    private final Path file;
    private final Supplier<Project> current;
    private final ScheduledExecutorService timer;
    private volatile boolean dirty;

    /** @param current makes the project to save; called on the autosave thread */
    public Autosave(Path file, Supplier<Project> current, long intervalSeconds) {
        this.file = file;
        this.current = current;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "autosave");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::saveIfDirty, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    /** The recovery file left by a session that did not end cleanly, if any. */
    public static Optional<Project> recoverable(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ProjectFiles.read(file));
        } catch (RuntimeException e) {
            log.warn("The recovery file {} cannot be read: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    public void markChanged() {
        dirty = true;
    }

    /** Writes the recovery file now if anything changed since the last write. */
    public synchronized void saveIfDirty() {
        if (!dirty) {
            return;
        }
        dirty = false;
        try {
            Project project = current.get();
            if (project != null) {
                ProjectFiles.write(project, file);
            }
        } catch (IOException | RuntimeException e) {
            dirty = true;
            log.warn("Autosave to {} failed: {}", file, e.getMessage());
        }
    }

    /** A clean exit: stops saving and removes the recovery file. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("The recovery file {} could not be removed: {}", file, e.getMessage());
        }
    }
}
