package io.intentworkbench.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intentworkbench.evaluation.Baselines;
import io.intentworkbench.features.FeaturePipeline;
import io.intentworkbench.files.AtomicFiles;
import io.intentworkbench.files.Json;
import io.intentworkbench.model.NetworkFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes and reads model bundles: one zip holding JSON entries and the DL4J network as a nested
 * zip. The feature pipeline is the project's own JSON entry, not a DL4J normalizer: writing a
 * normalizer with ModelSerializer fails on a closed stream in DL4J 1.0.0-M2.1 (issue 10154).
 */
public final class BundleFiles {
    private static final Logger log = LoggerFactory.getLogger(BundleFiles.class);
    static final String MANIFEST = "manifest.json";
    static final String SCHEMA = "schema.json";
    static final String PIPELINE = "pipeline.json";
    static final String SETTINGS = "settings.json";
    static final String BASELINES = "baselines.json";
    static final String METRICS = "metrics.json";
    static final String NETWORK = "network.zip";
    private static final long MAX_ENTRY_BYTES = 512L << 20;

    private BundleFiles() {
    }

    /** Writes the bundle to a temporary file beside the target, then renames it into place. */
    public static void write(ModelBundle bundle, Path target) throws IOException {
        ObjectMapper json = Json.mapper();
        ByteArrayOutputStream network = new ByteArrayOutputStream();
        synchronized (bundle.network()) {
            ModelSerializer.writeModel(bundle.network(), network, false);
        }
        AtomicFiles.write(target, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            put(zip, MANIFEST, json.writeValueAsBytes(bundle.manifest()));
            put(zip, SCHEMA, json.writeValueAsBytes(bundle.schema()));
            put(zip, PIPELINE, json.writeValueAsBytes(bundle.pipeline()));
            put(zip, SETTINGS, json.writeValueAsBytes(bundle.settings()));
            put(zip, BASELINES, json.writeValueAsBytes(bundle.baselines()));
            put(zip, METRICS, json.writeValueAsBytes(bundle.metrics()));
            put(zip, NETWORK, network.toByteArray());
            zip.finish();
        });
        log.info("Wrote model bundle {} ({} bytes)", target, Files.size(target));
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** Reads a bundle; anything that is not a complete bundle of a known version is a BundleException. */
    public static ModelBundle read(Path file) {
        Map<String, byte[]> entries = entries(file);
        byte[] manifestBytes = entries.get(MANIFEST);
        if (manifestBytes == null) {
            throw new BundleException(file + " is not an Intent Workbench model bundle (it has no manifest); "
                    + "choose a model saved by Intent Workbench.");
        }
        BundleManifest manifest = parse(file, MANIFEST, manifestBytes, BundleManifest.class);
        if (!BundleManifest.FORMAT.equals(manifest.format())) {
            throw new BundleException(file + " is not an Intent Workbench model bundle; choose a model saved by "
                    + "Intent Workbench.");
        }
        if (manifest.formatVersion() > BundleManifest.FORMAT_VERSION) {
            throw new BundleException(file + " was saved by a newer Intent Workbench (bundle format "
                    + manifest.formatVersion() + "); update the app to open it.");
        }
        ModelBundle bundle = new ModelBundle(manifest,
                parse(file, SCHEMA, require(file, entries, SCHEMA), InputSchema.class),
                parse(file, PIPELINE, require(file, entries, PIPELINE), FeaturePipeline.class),
                parse(file, SETTINGS, require(file, entries, SETTINGS), BundleSettings.class),
                parse(file, BASELINES, require(file, entries, BASELINES), Baselines.class),
                parse(file, METRICS, require(file, entries, METRICS), RunMetrics.class),
                network(file, require(file, entries, NETWORK)));
        checkShapes(file, bundle);
        log.info("Read model bundle {} (format {}, saved {})", file, manifest.formatVersion(), manifest.createdAt());
        return bundle;
    }

    private static Map<String, byte[]> entries(Path file) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                byte[] content = zip.readNBytes((int) Math.min(MAX_ENTRY_BYTES, Integer.MAX_VALUE - 16));
                entries.put(entry.getName(), content);
            }
        } catch (NoSuchFileException e) {
            throw new BundleException("The model file " + file + " does not exist; check the path.");
        } catch (ZipException | java.io.EOFException e) {
            throw new BundleException(file + " is damaged or not a model bundle (" + e.getMessage()
                    + "); save the model again or choose another file.", e);
        } catch (IOException e) {
            throw new BundleException("The model file " + file + " cannot be read (" + e.getMessage() + ").", e);
        }
        if (entries.isEmpty()) {
            throw new BundleException(file + " is not an Intent Workbench model bundle (it is not a zip file with "
                    + "model entries); choose a model saved by Intent Workbench.");
        }
        return entries;
    }

    private static byte[] require(Path file, Map<String, byte[]> entries, String name) {
        byte[] content = entries.get(name);
        if (content == null) {
            throw new BundleException(file + " is damaged: it lacks " + name + "; save the model again.");
        }
        return content;
    }

    private static <T> T parse(Path file, String name, byte[] content, Class<T> type) {
        try {
            return Json.mapper().readValue(content, type);
        } catch (JsonProcessingException e) {
            throw new BundleException(file + " is damaged: " + name + " cannot be read; save the model again.", e);
        } catch (IOException e) {
            throw new BundleException(file + " cannot be read (" + e.getMessage() + ").", e);
        }
    }

    private static MultiLayerNetwork network(Path file, byte[] content) {
        try (InputStream in = new ByteArrayInputStream(content)) {
            return NetworkFactory.prepareLoaded(ModelSerializer.restoreMultiLayerNetwork(in, false));
        } catch (IOException | RuntimeException e) {
            throw new BundleException(file + " is damaged: its network cannot be read; save the model again.", e);
        }
    }

    private static void checkShapes(Path file, ModelBundle bundle) {
        long inputs = bundle.network().layerInputSize(0);
        if (inputs != bundle.pipeline().width()) {
            throw new BundleException(file + " is inconsistent: the network takes " + inputs
                    + " inputs but the feature pipeline makes " + bundle.pipeline().width()
                            + "; save the model again.");
        }
    }
}
