package org.ringflow.sandbox;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Real timers for calls a person drives: two daemon threads, cancelled tasks dropped, stopped with the app. */
@Component
@ConditionalOnSandbox
class SandboxTimers implements Timers {

    private static final Logger log = LoggerFactory.getLogger(SandboxTimers.class);

    private final ScheduledThreadPoolExecutor executor;

    SandboxTimers() {
        AtomicInteger count = new AtomicInteger();
        executor = new ScheduledThreadPoolExecutor(2, task -> {
            Thread thread = new Thread(task, "sandbox-timer-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Future<?> schedule(Runnable task, long seconds) {
        return executor.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("sandbox timer task failed", e);
            }
        }, seconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
