package io.intentworkbench.data;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Detects the encoding, byte order mark, delimiter and decimal mark of a CSV file from its head. */
final class CsvSniffer {
    static final int HEAD_BYTES = 256 * 1024;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int SAMPLE_LINES = 200;

    private CsvSniffer() {
    }

    static CsvFormat sniff(byte[] head, boolean wholeFile) {
        if (head.length == 0) {
            throw new DataException("The file is empty; choose a CSV file with a header row and data rows.");
        }
        if (looksBinary(head)) {
            throw new DataException("The file is not a CSV text file (it holds binary data); "
                    + "export the data as CSV and import that file.");
        }
        boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF;
        int start = bom ? 3 : 0;
        boolean utf8 = isUtf8(Arrays.copyOfRange(head, start, head.length), wholeFile);
        var charset = utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        String text = new String(head, start, head.length - start, charset);
        if (text.isBlank()) {
            throw new DataException("The file holds no rows; choose a CSV file with a header row and data rows.");
        }
        char delimiter = detectDelimiter(text, wholeFile);
        boolean decimalComma = delimiter != ','
                && usesDecimalComma(CsvRecords.first(text, delimiter, SAMPLE_LINES, wholeFile));
        return new CsvFormat(delimiter, charset, bom, decimalComma);
    }

    private static boolean looksBinary(byte[] head) {
        int limit = Math.min(head.length, 8192);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > limit / 20;
    }

    private static boolean isUtf8(byte[] bytes, boolean wholeFile) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int end = bytes.length;
        if (!wholeFile) {
            // The head may end inside a multi-byte character; drop up to three trailing bytes.
            while (end > 0 && end > bytes.length - 3 && (bytes[end - 1] & 0xC0) == 0x80) {
                end--;
            }
            if (end > 0 && (bytes[end - 1] & 0xC0) == 0xC0) {
                end--;
            }
        }
        try {
            decoder.decode(ByteBuffer.wrap(bytes, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The delimiter that splits the sampled records into the same, largest number of fields. */
    private static char detectDelimiter(String text, boolean wholeFile) {
        char best = ',';
        double bestScore = 0;
        for (char candidate : DELIMITERS) {
            int[] counts = CsvRecords.first(text, candidate, SAMPLE_LINES, wholeFile).stream()
                    .mapToInt(List::size).toArray();
            if (counts.length == 0 || counts[0] < 2) {
                continue;
            }
            int first = counts[0];
            long agreeing = Arrays.stream(counts).filter(c -> c == first).count();
            double score = (double) agreeing / counts.length * Math.log(first);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static boolean usesDecimalComma(List<List<String>> records) {
        int commaNumbers = 0;
        int pointNumbers = 0;
        for (List<String> record : records.subList(Math.min(1, records.size()), records.size())) {
            for (String cell : record) {
                String value = cell.trim();
                if (Numbers.hasDecimalComma(value)) {
                    commaNumbers++;
                } else if (value.indexOf('.') > 0 && !Double.isNaN(Numbers.parse(value, false))) {
                    pointNumbers++;
                }
            }
        }
        return commaNumbers > 0 && commaNumbers >= pointNumbers;
    }
}
