package io.intentworkbench.report;

import io.intentworkbench.bundle.ModelBundle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Writes a run's report as HTML or PDF, chosen by the file's extension. */
public final class Reports {
    private Reports() {
    }

    public static void write(ModelBundle bundle, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            PdfReport.write(bundle, file);
        } else if (name.endsWith(".html") || name.endsWith(".htm")) {
            HtmlReport.write(bundle, file);
        } else {
            throw new IllegalArgumentException("a report file ends in .html or .pdf, not " + file.getFileName());
        }
    }
}
