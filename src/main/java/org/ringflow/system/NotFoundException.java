package org.ringflow.system;

/** 404: the thing named in the path does not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
