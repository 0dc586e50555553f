package io.intentworkbench.features;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.intentworkbench.data.ColumnValues;
import java.util.List;

/** The fitted transformation of one input column into one or more network inputs. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "encoding")
@JsonSubTypes({
    @JsonSubTypes.Type(value = NumericEncoder.class, name = "numeric"),
    @JsonSubTypes.Type(value = CategoricalEncoder.class, name = "one-hot")
})
public sealed interface ColumnEncoder permits NumericEncoder, CategoricalEncoder {
    String column();

    /** How many network inputs this column becomes. */
    int width();

    /** Names of the inputs, for reports. */
    List<String> outputNames();

    /**
     * Writes the encoded values of the given rows into a row-major matrix.
     *
     * @param stride the matrix width; the column's inputs start at offset in each row
     */
    void encode(ColumnValues values, int[] rows, float[] out, int stride, int offset);
}
