package io.intentworkbench.data;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** Turns CRLF and lone CR line endings into LF, so that files with mixed endings read as one. */
final class LineEndingReader extends FilterReader {
    private boolean afterCarriageReturn;

    LineEndingReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        while (true) {
            int n = in.read(buffer, offset, length);
            if (n <= 0) {
                return n;
            }
            int out = offset;
            for (int i = offset; i < offset + n; i++) {
                char c = buffer[i];
                if (c == '\n' && afterCarriageReturn) {
                    afterCarriageReturn = false;
                    continue;
                }
                afterCarriageReturn = c == '\r';
                buffer[out++] = c == '\r' ? '\n' : c;
            }
            if (out > offset) {
                return out - offset;
            }
        }
    }
}
