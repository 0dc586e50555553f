package io.intentworkbench.data;

/** Hears how far an import has come, as a share from 0 to 1, and says when the person cancelled it. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = share -> { };

    void done(double share);

    /** Asked while the file is read (possibly from another thread); true stops the import. */
    default boolean cancelled() {
        return false;
    }

    /** A progress that reports to the consumer and is cancelled when the flag says so. */
    static ImportProgress of(java.util.function.DoubleConsumer consumer, java.util.function.BooleanSupplier cancel) {
        return new ImportProgress() {
            @Override
            public void done(double share) {
                consumer.accept(share);
            }

            @Override
            public boolean cancelled() {
                return cancel.getAsBoolean();
            }
        };
    }
}
