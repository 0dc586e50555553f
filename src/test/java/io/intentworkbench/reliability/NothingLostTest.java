package io.intentworkbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.intentworkbench.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file the app writes goes to a temporary file first: a failed or killed write leaves the old file. */
class NothingLostTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoLeftovers() throws IOException {
        Path target = Files.writeString(dir.resolve("model.zip"), "the old model");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("the old model");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("model.zip");
        }
    }

    @Test
    void aProcessKilledWhileWritingLeavesTheOldFile() throws Exception {
        Path target = Files.writeString(dir.resolve("predictions.csv"), "the old predictions");
        Path started = dir.resolve("started");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SlowWriter.class.getName(), target.toString(), started.toString())
                .redirectErrorStream(true).start();
        for (int i = 0; i < 200 && !Files.exists(started); i++) {
            Thread.sleep(50);
        }
        assertThat(started).exists();
        writer.destroyForcibly();
        assertThat(writer.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("the old predictions");
    }

    /** Writes slowly to the target through AtomicFiles until it is killed. */
    public static final class SlowWriter {
        public static void main(String[] args) throws Exception {
            Path target = Path.of(args[0]);
            Path started = Path.of(args[1]);
            AtomicFiles.write(target, out -> {
                for (int i = 0; i < 600; i++) {
                    out.write(("row " + i + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    if (i == 3) {
                        Files.write(started, List.of("writing"));
                    }
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
    }
}
