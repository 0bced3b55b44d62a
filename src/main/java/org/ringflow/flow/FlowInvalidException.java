package org.ringflow.flow;

import java.util.List;
import org.ringflow.system.ApiError.Problem;
import org.ringflow.system.BadRequestException;

/** A flow that can't be deployed: a 400 listing each problem with the BPMN element (or field) at fault. */
class FlowInvalidException extends BadRequestException {

    FlowInvalidException(List<Problem> problems) {
        super(summary(problems), problems);
    }

    static FlowInvalidException of(Problem problem) {
        return new FlowInvalidException(List.of(problem));
    }

    private static String summary(List<Problem> problems) {
        Problem first = problems.get(0);
        String where = first.elementId() != null ? first.elementId() : first.field();
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
        return "the flow is not valid: " + where + ": " + first.message() + more;
    }
}
