package org.ringflow.applet;

/** What a flow handles, and so which applets it may use. */
public enum Channel {
    CALL, SMS
}
