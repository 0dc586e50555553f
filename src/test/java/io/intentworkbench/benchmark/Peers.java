package io.intentworkbench.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a peer (Python) measurement in the same run, for figures to print beside the project's own. */
final class Peers {
    static final Path SHARED = Path.of("..", "shared");

    private Peers() {
    }

    /** The last line the command printed, or null when the peer is not installed. */
    static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            System.out.println("peer unavailable: " + String.join(" ", command) + "\n" + output.strip());
            return null;
        }
        String[] lines = output.strip().split("\n");
        return lines[lines.length - 1];
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
