package io.intentworkbench.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.intentworkbench.bundle.DataFingerprint;
import io.intentworkbench.data.DataException;
import io.intentworkbench.files.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Writes project files atomically and reads them back, refusing damaged, foreign or newer files. */
public final class ProjectFiles {
    /** Where a project's data file stands now, against the fingerprint saved with the project. */
    public enum DataStatus { SAME, CHANGED, MISSING }

    public static final String EXTENSION = ".iwproject.json";

    private ProjectFiles() {
    }

    public static void write(Project project, Path file) throws IOException {
        Json.write(file, project);
    }

    public static Project read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new DataException("The project file " + file + " does not exist; check the path.");
        } catch (IOException e) {
            throw new DataException("The project file " + file + " cannot be read (" + e.getMessage() + ").", e);
        }
        Project project;
        try {
            project = Json.mapper().readValue(text, Project.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new DataException(file + " is not an Intent Workbench project, or it is damaged; choose a project "
                    + "saved by Intent Workbench.", e);
        }
        if (project == null || !Project.FORMAT.equals(project.format())) {
            throw new DataException(file + " is not an Intent Workbench project; choose a project saved by "
                    + "Intent Workbench.");
        }
        if (project.formatVersion() > Project.FORMAT_VERSION) {
            throw new DataException(file + " was saved by a newer Intent Workbench (project format "
                    + project.formatVersion() + "); update the app to open it.");
        }
        return project;
    }

    /** Compares the data file with the fingerprint saved in the project. */
    public static DataStatus dataStatus(Project project, Path dataFile) {
        if (dataFile == null || !Files.isRegularFile(dataFile)) {
            return DataStatus.MISSING;
        }
        DataFingerprint now = DataFingerprint.of(dataFile, project.data() == null ? 0 : project.data().rows());
        boolean same = project.data() != null && now.sha256().equals(project.data().sha256())
                && now.bytes() == project.data().bytes();
        return same ? DataStatus.SAME : DataStatus.CHANGED;
    }
}
