package io.intentworkbench.ui;

import io.intentworkbench.runtime.AppDirs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The generated sample sessions that travel inside the app, copied once to the user's data folder. */
public final class SampleData {
    static final String RESOURCE = "/sample-data/shopper-sessions.csv";

    private SampleData() {
    }

    /** The sample file on disk, copied out of the app on first use. */
    public static Path file() throws IOException {
        Path target = AppDirs.dataDir().resolve("sample").resolve("shopper-sessions.csv");
        if (!Files.isRegularFile(target)) {
            try (InputStream in = SampleData.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException("the sample data is missing from the application");
                }
                Files.createDirectories(target.getParent());
                Path partial = Files.createTempFile(target.getParent(), "sample", ".partial");
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }
}
