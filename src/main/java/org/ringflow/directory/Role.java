package org.ringflow.directory;

/** What a person may do in Ringflow. */
public enum Role {
    /** Flows, numbers, users, groups, settings. */
    ADMIN,
    /** Their own status, the dialer, their own and their groups' inbox. */
    AGENT,
    /** Read-only history and records. */
    ANALYST
}
