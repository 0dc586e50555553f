package io.intentworkbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.intentworkbench.data.DataException;
import io.intentworkbench.data.Dataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Throws thousands of mutated behaviour files at the importer: every one must either import or be
 * refused with the project's own DataException, never another exception.
 */
class ImporterFuzzTest {
    private static final String SEED = """
            session,pages,seconds,month,visitor,bought
            s1,3,12.5,Nov,Returning_Visitor,TRUE
            s2,0,0,May,New_Visitor,FALSE
            s3,"7",NA,Dec,"Returning, loyal",FALSE
            s4,12,310.25,Mar,Other,TRUE
            s5,1,3.0,Feb,New_Visitor,FALSE
            """;
    private static final List<String> INSERTS = List.of("\"", ",", ";", "\t", "|", "\n", "\r\n", "\r", "NA", "?",
            "1e309", "-", "\u00e9", "\uFEFF", "\u0000", "\"\"", "TRUE", "3,5", "", "x".repeat(300));
    private static Path dir;

    @BeforeContainer
    static void makeFolder() throws IOException {
        dir = Files.createTempDirectory("fuzz");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (var files = Files.list(dir)) {
            files.forEach(f -> f.toFile().delete());
        }
        Files.deleteIfExists(dir);
    }

    @Property(tries = 2000, seed = "20261203")
    void anyMutatedFileImportsOrIsRefusedWithADataException(@ForAll("mutatedFiles") byte[] content) {
        Path file = dir.resolve("fuzz.csv");
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Dataset dataset = Dataset.load(file);
            assertThat(dataset.rowCount()).isPositive();
            assertThat(dataset.profiles()).hasSize(dataset.columnNames().size());
        } catch (DataException expected) {
            assertThat(expected.getMessage()).isNotBlank().doesNotContain("Exception");
        }
    }

    @Provide
    Arbitrary<byte[]> mutatedFiles() {
        Arbitrary<Integer> edits = Arbitraries.integers().between(1, 12);
        return Combinators.combine(edits, Arbitraries.longs()).as((count, seed) -> mutate(count, seed));
    }

    private static byte[] mutate(int edits, long seed) {
        java.util.Random random = new java.util.Random(seed);
        StringBuilder text = new StringBuilder(SEED);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(5)) {
                case 0 -> text.insert(at, INSERTS.get(random.nextInt(INSERTS.size())));
                case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(8)));
                case 2 -> text.setLength(Math.min(text.length(), at));
                case 3 -> text.insert(at, (char) random.nextInt(0x3000));
                default -> {
                    int end = Math.min(text.length(), at + random.nextInt(40));
                    text.insert(at, text.substring(at, end));
                }
            }
        }
        byte[] bytes = text.toString().getBytes(random.nextBoolean() ? StandardCharsets.UTF_8
                : StandardCharsets.ISO_8859_1);
        if (random.nextInt(10) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }
}
