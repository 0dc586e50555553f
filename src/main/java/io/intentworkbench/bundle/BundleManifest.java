package io.intentworkbench.bundle;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** The first entry of a bundle: what it is, which version wrote it, and the libraries it was made with. */
public record BundleManifest(String format,
                             @JsonProperty("format_version") int formatVersion,
                             @JsonProperty("created_at") String createdAt,
                             @JsonProperty("app_version") String appVersion,
                             Map<String, String> libraries) {
    public static final String FORMAT = "intent-workbench-model";
    public static final int FORMAT_VERSION = 1;
}
