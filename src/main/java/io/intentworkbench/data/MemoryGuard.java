package io.intentworkbench.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Refuses a file that would not fit in the memory the app may use, before reading it, so that a
 * huge file gets a message instead of exhausting the heap. An imported cell takes several times
 * its bytes on disk (text, parsed numbers, encoded features), so the file may use at most a
 * fraction of the free heap.
 */
final class MemoryGuard {
    /** Heap bytes needed per byte of file, measured on the shoppers file repeated to a million rows. */
    static final double BYTES_PER_FILE_BYTE = 4.0;

    private MemoryGuard() {
    }

    static void checkFits(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return;
        }
        Runtime runtime = Runtime.getRuntime();
        long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        long needed = (long) (size * BYTES_PER_FILE_BYTE);
        if (needed > free) {
            throw new DataException(String.format(Locale.ROOT, "The file is %,d MB, too big for the %,d MB of memory "
                    + "the app may use; use a sample of the rows, or start the app with more memory "
                    + "(for example java -Xmx%dg -jar ...).", size >> 20, free >> 20,
                    Math.max(2, (needed >> 30) + 2)));
        }
    }
}
