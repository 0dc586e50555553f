package io.intentworkbench.ui.project;

import io.intentworkbench.data.Dataset;
import io.intentworkbench.experiment.Project;
import io.intentworkbench.experiment.ProjectFiles;
import io.intentworkbench.model.NetworkSpec;
import io.intentworkbench.training.TrainingSpec;
import io.intentworkbench.ui.WorkbenchState;
import io.intentworkbench.ui.common.Background;
import io.intentworkbench.ui.common.Dialogs;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Saving and opening project files: the data file reference and fingerprint, roles, feature
 * choices, settings and runs. When the data file has moved the person is asked where it is; when
 * it has changed they are told.
 */
public final class ProjectActions {
    private final WorkbenchState state;
    private final BiConsumer<NetworkSpec, TrainingSpec> showSettings;

    public ProjectActions(WorkbenchState state, BiConsumer<NetworkSpec, TrainingSpec> showSettings) {
        this.state = state;
        this.showSettings = showSettings;
    }

    public void save(Path file) {
        Project project = state.toProject();
        if (project == null) {
            Dialogs.showInfo("Nothing to save", "Open a data file first.");
            return;
        }
        Background.start("Save project", progress -> {
            ProjectFiles.write(project, file);
            return file;
        }, saved -> {
            state.projectFileProperty().set(saved);
            state.settings().rememberFolder(saved);
            state.statusProperty().set("Project saved to " + saved);
        }, error -> Dialogs.showError("Save project", error), () -> { });
    }

    /** @param locate asks where a moved data file is now; returns null when the person gives up */
    public void open(Path file, Function<Project, Path> locate) {
        Background.start("Open project", progress -> ProjectFiles.read(file), project -> {
            state.projectFileProperty().set(file);
            apply(project, locate);
        }, error -> Dialogs.showError("Open project", error), () -> { });
    }

    /** Loads the project's data (asking for it when it moved) and puts every choice and run back. */
    public void apply(Project project, Function<Project, Path> locate) {
        Path data = Path.of(project.dataFile());
        ProjectFiles.DataStatus status = ProjectFiles.dataStatus(project, data);
        if (status == ProjectFiles.DataStatus.MISSING) {
            data = locate.apply(project);
            if (data == null) {
                return;
            }
            status = ProjectFiles.dataStatus(project, data);
        }
        ProjectFiles.DataStatus found = status;
        Path dataFile = data;
        state.busyProperty().set(true);
        Background.start("Open project data", progress -> Dataset.load(dataFile), dataset -> {
            state.useDataset(dataset);
            if (project.roles() != null && project.roles().roles().keySet().stream()
                    .allMatch(c -> dataset.profile(c).isPresent())) {
                state.useRoles(project.roles());
                if (project.plan() != null) {
                    state.planProperty().set(project.plan());
                }
            }
            showSettings.accept(project.network(), project.training());
            state.runs().setAll(project.runs());
            state.statusProperty().set("Project opened: " + dataset.name() + ", " + project.runs().size() + " runs");
            if (found == ProjectFiles.DataStatus.CHANGED) {
                Dialogs.showInfo("The data file has changed", dataFile.getFileName() + " is not the file the project "
                        + "was saved with (its size or content differ). The runs' figures were measured on the "
                        + "earlier version; train again to measure this one.");
            }
        }, error -> Dialogs.showError("Open the project's data", error), () -> state.busyProperty().set(false));
    }
}
