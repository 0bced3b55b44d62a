package org.ringflow.applet;

/** What applet options may point at, for checking that it exists. */
interface References {

    boolean userExists(long id);

    boolean groupExists(long id);
}
