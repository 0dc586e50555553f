package io.intentworkbench.data;

/**
 * The input data cannot be used. The message is one sentence for a person: what is wrong,
 * where, and what to do about it.
 */
public class DataException extends RuntimeException {
    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
