package org.ringflow.system;

/** 409: the request clashes with what is stored (a duplicate, or something still in use). */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
