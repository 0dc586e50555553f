package io.intentworkbench.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An imported behaviour file: its cells, the profile and inferred role of each column, and warnings. */
public final class Dataset {
    private static final Logger log = LoggerFactory.getLogger(Dataset.class);
    private static final double READ_SHARE = 0.75;
    private final Path source;
    private final RawTable raw;
    private final ColumnValues values;
    private final List<ColumnProfile> profiles;
    private final List<ImportWarning> warnings;

    private Dataset(Path source, RawTable raw, List<ColumnProfile> profiles, List<ImportWarning> warnings) {
        this.source = source;
        this.raw = raw;
        this.values = new ColumnValues(raw);
        this.profiles = List.copyOf(profiles);
        this.warnings = List.copyOf(warnings);
    }

    /** Reads, types and profiles a CSV file. */
    public static Dataset load(Path file) {
        return load(file, ImportProgress.NONE);
    }

    /** Reads, types and profiles a CSV file, reporting progress (reading is most of it). */
    public static Dataset load(Path file, ImportProgress progress) {
        RawTable raw = CsvImporter.read(file, ImportProgress.of(share -> progress.done(share * READ_SHARE),
                progress::cancelled));
        return of(file, raw, progress);
    }

    public static Dataset of(Path source, RawTable raw) {
        return of(source, raw, ImportProgress.NONE);
    }

    private static Dataset of(Path source, RawTable raw, ImportProgress progress) {
        long started = System.nanoTime();
        List<ImportWarning> warnings = new ArrayList<>(raw.warnings());
        List<ColumnProfile> profiles = new ArrayList<>();
        List<String> names = raw.columnNames();
        for (int c = 0; c < names.size(); c++) {
            profiles.add(TypeInference.profile(raw.table().stringColumn(names.get(c)), raw.format().decimalComma(),
                    warnings));
            progress.done(READ_SHARE + (1 - READ_SHARE) * (c + 1) / names.size());
        }
        List<ColumnProfile> withRoles = RoleInference.assign(profiles, raw.rowCount(), warnings);
        log.info("Profiled {} columns of {} rows in {} ms", profiles.size(), raw.rowCount(),
                (System.nanoTime() - started) / 1_000_000);
        return new Dataset(source, raw, withRoles, warnings);
    }

    public Path source() {
        return source;
    }

    public String name() {
        return source == null ? "data" : source.getFileName().toString();
    }

    public int rowCount() {
        return raw.rowCount();
    }

    public List<String> columnNames() {
        return raw.columnNames();
    }

    public List<ColumnProfile> profiles() {
        return profiles;
    }

    public Optional<ColumnProfile> profile(String column) {
        return profiles.stream().filter(p -> p.name().equals(column)).findFirst();
    }

    public ColumnProfile requireProfile(String column) {
        return profile(column).orElseThrow(() -> new DataException("The file has no column '" + column
                + "'; its columns are " + String.join(", ", columnNames()) + "."));
    }

    public List<ImportWarning> warnings() {
        return warnings;
    }

    public CsvFormat format() {
        return raw.format();
    }

    public RawTable raw() {
        return raw;
    }

    public ColumnValues values() {
        return values;
    }
}
