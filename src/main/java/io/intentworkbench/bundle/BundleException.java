package io.intentworkbench.bundle;

import io.intentworkbench.data.DataException;

/** A model bundle cannot be read: not a bundle, damaged, or made by a newer version. */
public class BundleException extends DataException {
    public BundleException(String message) {
        super(message);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
