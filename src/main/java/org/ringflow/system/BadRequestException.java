package org.ringflow.system;

import java.util.List;

/** A request that can't be carried out as sent: 400, naming what is at fault. */
public class BadRequestException extends RuntimeException {

    private final List<ApiError.Problem> problems;

    public BadRequestException(String field, String message) {
        this(message, List.of(ApiError.Problem.field(field, message)));
    }

    public BadRequestException(String message, List<ApiError.Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<ApiError.Problem> problems() {
        return problems;
    }
}
