package io.intentworkbench.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/** Reports the share of a file read so far, and stops reading when the thread is interrupted (cancelled). */
final class CountingInputStream extends FilterInputStream {
    private static final long REPORT_EVERY = 1 << 20;
    private final long total;
    private final ImportProgress progress;
    private long read;
    private long reported;

    CountingInputStream(InputStream in, long total, ImportProgress progress) {
        super(in);
        this.total = Math.max(1, total);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(0, n));
        return n;
    }

    private void count(int n) throws IOException {
        if (progress.cancelled() || Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("the import was cancelled");
        }
        read += n;
        if (read - reported >= REPORT_EVERY) {
            reported = read;
            progress.done((double) read / total);
        }
    }
}
