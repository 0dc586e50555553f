package io.intentworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.intentworkbench.TestData;
import io.intentworkbench.data.Dataset;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleFilesTest {
    @TempDir
    static Path dir;
    private static Dataset dataset;
    private static ModelBundle bundle;

    @BeforeAll
    static void train() {
        dataset = TestData.sessions(dir, 1500);
        bundle = TestData.trainedBundle(dir, 1500, 5);
    }

    @Test
    void aSavedBundlePredictsTheSameProbabilitiesWhenLoaded() throws IOException {
        ModelBundle loaded = TestData.saveLoadAndCompare(bundle, dataset, dir.resolve("model.zip"));
        assertThat(loaded.threshold()).isEqualTo(bundle.threshold());
        assertThat(loaded.schema()).isEqualTo(bundle.schema());
        assertThat(loaded.settings()).isEqualTo(bundle.settings());
        assertThat(loaded.metrics().test()).isEqualTo(bundle.metrics().test());
        assertThat(loaded.manifest().libraries()).containsKey("deeplearning4j");
    }

    @Test
    void writingLeavesNoTemporaryFileBehind() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("clean"));
        BundleFiles.write(bundle, folder.resolve("model.zip"));
        BundleFiles.write(bundle, folder.resolve("model.zip"));
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("model.zip");
        }
    }

    @Test
    void refusesAFileThatIsNotAZip() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.zip"), "just some text");
        assertThatThrownBy(() -> BundleFiles.read(file)).isInstanceOf(BundleException.class)
                .hasMessageContaining("not an Intent Workbench model bundle");
    }

    @Test
    void refusesATruncatedBundle() throws IOException {
        Path good = dir.resolve("whole.zip");
        BundleFiles.write(bundle, good);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> BundleFiles.read(cut)).isInstanceOf(BundleException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void refusesAForeignZip() throws IOException {
        Path file = dir.resolve("foreign.zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes());
            zip.closeEntry();
        }
        assertThatThrownBy(() -> BundleFiles.read(file)).isInstanceOf(BundleException.class)
                .hasMessageContaining("not an Intent Workbench model bundle");
    }

    @Test
    void refusesABundleFromANewerVersion() throws IOException {
        Path file = dir.resolve("future.zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(BundleFiles.MANIFEST));
            zip.write(("{\"format\":\"" + BundleManifest.FORMAT + "\",\"format_version\":99}").getBytes());
            zip.closeEntry();
        }
        assertThatThrownBy(() -> BundleFiles.read(file)).isInstanceOf(BundleException.class)
                .hasMessageContaining("newer Intent Workbench");
    }
}
