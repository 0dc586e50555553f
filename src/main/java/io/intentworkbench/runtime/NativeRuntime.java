package io.intentworkbench.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares ND4J's native backend: picks the AVX2 build where the processor has AVX2 (before the
 * backend loads), and sets thread counts. On small tabular networks the per-operation overhead of
 * many threads costs more than it saves, so one thread per operation is the default; set
 * INTENT_THREADS to change it.
 *
 * <p>It also turns off JavaCPP's check of the process's resident memory, which reads it from the
 * operating system on each native allocation (a tenth of a training step here). Past a limit the
 * check calls the garbage collector and then fails with OutOfMemoryError; by default the limit is
 * four times the maximum heap, and the heap is a quarter of the machine's memory (60 % in the
 * installed app), so the limit is the machine's memory or more and the check would hardly ever
 * act. Native arrays are freed as before, when the garbage collector finds their owners
 * unreachable (a test keeps memory flat over 20 trainings with this setting). Set
 * {@code org.bytedeco.javacpp.maxPhysicalBytes} to keep the check.
 */
public final class NativeRuntime {
    private static final Logger log = LoggerFactory.getLogger(NativeRuntime.class);
    private static final String EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";
    private static final String PHYSICAL_BYTES_PROPERTY = "org.bytedeco.javacpp.maxPhysicalBytes";
    private static volatile boolean configured;

    private NativeRuntime() {
    }

    /** Call before the first ND4J class is used; later calls do nothing. */
    public static synchronized void configure() {
        if (configured) {
            return;
        }
        configured = true;
        boolean avx2 = cpuHasAvx2();
        if (System.getProperty(EXTENSION_PROPERTY) == null && avx2) {
            System.setProperty(EXTENSION_PROPERTY, "-avx2");
        }
        if (System.getProperty(PHYSICAL_BYTES_PROPERTY) == null
                && System.getProperty(PHYSICAL_BYTES_PROPERTY.toLowerCase(Locale.ROOT)) == null) {
            System.setProperty(PHYSICAL_BYTES_PROPERTY, "0");
        }
        long started = System.nanoTime();
        int threads = threads();
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        log.info("ND4J backend {} loaded in {} ms; CPU AVX2: {}; native build: {}; threads: {}; "
                        + "resident memory check: {}", backendName(), (System.nanoTime() - started) / 1_000_000,
                avx2 ? "yes" : "no", System.getProperty(EXTENSION_PROPERTY, "generic"), threads,
                Pointer.maxPhysicalBytes() > 0 ? "on" : "off");
    }

    public static String backendName() {
        return Nd4j.getBackend().getClass().getSimpleName();
    }

    private static int threads() {
        String value = System.getenv("INTENT_THREADS");
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Whether the processor reports AVX2 (read from /proc/cpuinfo on Linux; assumed elsewhere on x86-64). */
    static boolean cpuHasAvx2() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!arch.contains("amd64") && !arch.contains("x86_64")) {
            return false;
        }
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return false;
        }
        try (var lines = Files.lines(cpuinfo)) {
            return lines.filter(l -> l.startsWith("flags")).findFirst()
                    .map(l -> l.contains(" avx2") && l.contains(" fma")).orElse(false);
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }
}
