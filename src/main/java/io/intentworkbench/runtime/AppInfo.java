package io.intentworkbench.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** The application's version and the versions of the libraries a model depends on. */
public final class AppInfo {
    public static final String NAME = "Intent Workbench";
    public static final String DL4J_VERSION = "1.0.0-M2.1";

    private AppInfo() {
    }

    public static String version() {
        String version = AppInfo.class.getPackage().getImplementationVersion();
        return version != null ? version : "development";
    }

    public static Map<String, String> libraries() {
        Map<String, String> libraries = new LinkedHashMap<>();
        libraries.put("deeplearning4j", DL4J_VERSION);
        libraries.put("nd4j_backend", NativeRuntime.backendName());
        libraries.put("java", System.getProperty("java.version"));
        libraries.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return libraries;
    }
}
