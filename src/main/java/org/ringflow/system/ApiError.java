package org.ringflow.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The one shape every error of /api takes: what went wrong, and where (a field or a BPMN element). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String message, List<Problem> errors) {

    /** One thing at fault: a request field, or a BPMN element of a flow. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Problem(String field, String elementId, String message, String severity) {

        public static Problem field(String field, String message) {
            return new Problem(field, null, message, null);
        }

        public static Problem element(String elementId, String message) {
            return new Problem(null, elementId, message, "error");
        }

        public static Problem warning(String elementId, String message) {
            return new Problem(null, elementId, message, "warning");
        }
    }
}
