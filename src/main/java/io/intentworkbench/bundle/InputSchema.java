package io.intentworkbench.bundle;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The columns a model was trained on, their types and roles, and how the target was read.
 *
 * @param positiveLabel the target value that meant a purchase
 */
public record InputSchema(List<SchemaColumn> columns, String target,
                          @JsonProperty("positive_label") String positiveLabel,
                          @JsonProperty("negative_label") String negativeLabel) {
    public InputSchema {
        columns = List.copyOf(columns);
    }
}
