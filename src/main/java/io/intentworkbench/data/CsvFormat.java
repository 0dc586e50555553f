package io.intentworkbench.data;

import java.nio.charset.Charset;

/**
 * How a CSV file is written, as detected from its first bytes.
 *
 * @param delimiter    one of , ; tab |
 * @param charset      UTF-8 unless the bytes are not valid UTF-8, then ISO-8859-1
 * @param byteOrderMark whether the file starts with a UTF-8 byte order mark
 * @param decimalComma whether numbers are written as 3,5 (only with a delimiter other than a comma)
 */
public record CsvFormat(char delimiter, Charset charset, boolean byteOrderMark, boolean decimalComma) {

    public String delimiterName() {
        return switch (delimiter) {
            case '\t' -> "tab";
            case ';' -> "semicolon";
            case '|' -> "pipe";
            default -> "comma";
        };
    }
}
