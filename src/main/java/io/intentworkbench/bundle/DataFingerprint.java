package io.intentworkbench.bundle;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Which file a model was trained on: its name, size, SHA-256 and rows, to repeat or audit a run. */
public record DataFingerprint(String file, long bytes, String sha256, int rows) {
    public static DataFingerprint of(Path file, int rows) {
        if (file == null || !Files.isRegularFile(file)) {
            return new DataFingerprint(file == null ? "unknown" : file.getFileName().toString(), 0, "", rows);
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            long bytes = 0;
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                bytes += n;
            }
            return new DataFingerprint(file.getFileName().toString(), bytes, HexFormat.of().formatHex(digest.digest()),
                    rows);
        } catch (IOException | NoSuchAlgorithmException e) {
            return new DataFingerprint(file.getFileName().toString(), 0, "", rows);
        }
    }

    @JsonProperty("short_hash")
    public String shortHash() {
        return sha256.length() >= 12 ? sha256.substring(0, 12) : sha256;
    }
}
