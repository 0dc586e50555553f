package io.intentworkbench.data;

/** Hears how far an import has come, as a share from 0 to 1. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = share -> { };

    void done(double share);
}
