package org.ringflow.directory;

/** Only AVAILABLE users are rung. */
public enum UserStatus {
    AVAILABLE, BUSY, OFFLINE
}
