package io.intentworkbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.intentworkbench.TestData;
import io.intentworkbench.bundle.DataFingerprint;
import io.intentworkbench.data.ColumnRole;
import io.intentworkbench.data.DataException;
import io.intentworkbench.data.Dataset;
import io.intentworkbench.features.FeaturePlan;
import io.intentworkbench.training.TrainingControl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFilesTest {
    @TempDir
    static Path dir;
    private static Path dataFile;
    private static Project project;

    @BeforeAll
    static void makeAProjectWithARun() {
        dataFile = TestData.sessionsFile(dir, 1500);
        Dataset dataset = Dataset.load(dataFile);
        ExperimentSetup setup = ExperimentSetup.defaults(dataset);
        setup = setup.withRoles(setup.roles().withRole("region", ColumnRole.IGNORE))
                .withTraining(setup.training().withEpochs(3));
        FeaturePlan plan = setup.planOrDefaults();
        TrainedRun run = ExperimentRunner.run(setup, p -> { }, new TrainingControl());
        project = new Project(Project.FORMAT, Project.FORMAT_VERSION, dataFile.toString(),
                DataFingerprint.of(dataFile, dataset.rowCount()), setup.roles(), plan, setup.network(),
                setup.training(), List.of(RunRecord.of(1, "2026-12-03T10:00:00Z", setup, run.bundle().metrics())));
    }

    @Test
    void aProjectFileRoundTripsExactly() throws Exception {
        Path file = dir.resolve("work" + ProjectFiles.EXTENSION);
        ProjectFiles.write(project, file);
        Project read = ProjectFiles.read(file);
        assertThat(read).isEqualTo(project);
        assertThat(Files.readString(file)).contains("\"data_file\"").contains("\"runs\"").contains("\"roc_auc\"");
    }

    @Test
    void notesWhenTheDataFileChangedOrMoved() throws Exception {
        assertThat(ProjectFiles.dataStatus(project, dataFile)).isEqualTo(ProjectFiles.DataStatus.SAME);
        Path changed = Files.copy(dataFile, dir.resolve("changed.csv"));
        Files.writeString(changed, "S999999,Nov,New_Visitor,mobile,1,1,FALSE,0,0,0,0,1,1,0,0,0,0,TRUE\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(ProjectFiles.dataStatus(project, changed)).isEqualTo(ProjectFiles.DataStatus.CHANGED);
        assertThat(ProjectFiles.dataStatus(project,
                dir.resolve("gone.csv"))).isEqualTo(ProjectFiles.DataStatus.MISSING);
    }

    @Test
    void refusesForeignDamagedAndNewerFiles() throws Exception {
        Path foreign = Files.writeString(dir.resolve("foreign.json"), "{\"hello\": 1}");
        assertThatThrownBy(() -> ProjectFiles.read(foreign)).isInstanceOf(DataException.class)
                .hasMessageContaining("not an Intent Workbench project");
        Path damaged = Files.writeString(dir.resolve("damaged.json"), "{\"format\": \"intent-workbench-proj");
        assertThatThrownBy(() -> ProjectFiles.read(damaged)).isInstanceOf(DataException.class)
                .hasMessageContaining("damaged");
        Path newer = Files.writeString(dir.resolve("newer.json"),
                "{\"format\": \"intent-workbench-project\", \"format_version\": 9}");
        assertThatThrownBy(() -> ProjectFiles.read(newer)).isInstanceOf(DataException.class)
                .hasMessageContaining("newer Intent Workbench");
    }

    @Test
    void anAutosavedProjectSurvivesAKilledProcess() throws Exception {
        Path source = dir.resolve("source" + ProjectFiles.EXTENSION);
        ProjectFiles.write(project, source);
        Path recovery = dir.resolve("recovery" + ProjectFiles.EXTENSION);
        Path saved = dir.resolve("saved-once");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AutosavingSession.class.getName(), source.toString(), recovery.toString(), saved.toString())
                .redirectErrorStream(true).start();
        for (int i = 0; i < 300 && !Files.exists(saved); i++) {
            Thread.sleep(50);
        }
        assertThat(saved).exists();
        process.destroyForcibly();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(Autosave.recoverable(recovery)).contains(project);
    }

    @Test
    void aCleanExitRemovesTheRecoveryFile() throws Exception {
        Path recovery = dir.resolve("clean" + ProjectFiles.EXTENSION);
        try (Autosave autosave = new Autosave(recovery, () -> project, 3600)) {
            autosave.markChanged();
            autosave.saveIfDirty();
            assertThat(recovery).exists();
        }
        assertThat(recovery).doesNotExist();
        assertThat(Autosave.recoverable(recovery)).isEmpty();
    }

    /** A session that autosaves every second and is then killed. */
    public static final class AutosavingSession {
        public static void main(String[] args) throws Exception {
            Project project = ProjectFiles.read(Path.of(args[0]));
            Autosave autosave = new Autosave(Path.of(args[1]), () -> project, 1);
            autosave.markChanged();
            while (!Files.exists(Path.of(args[1]))) {
                Thread.sleep(20);
            }
            Files.writeString(Path.of(args[2]), "saved");
            Thread.sleep(60_000);
        }
    }
}
