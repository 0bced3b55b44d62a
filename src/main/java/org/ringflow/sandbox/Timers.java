package org.ringflow.sandbox;

import java.util.concurrent.Future;

/** Real timers for calls driven by a person (web UI, command line); scripted calls have none: the test decides. */
interface Timers {

    Future<?> schedule(Runnable task, long seconds);
}
