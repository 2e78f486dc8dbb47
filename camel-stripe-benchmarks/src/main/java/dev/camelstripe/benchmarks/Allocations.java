package dev.camelstripe.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * Bytes a thread has allocated, from HotSpot's per-thread counter. The producer benchmark calls on one thread and
 * every HTTP client here is synchronous, so this is what one call costs the caller; the consumer benchmark reads the
 * poll thread's. The server's allocations happen on Jetty's threads and are not counted.
 */
final class Allocations {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Allocations() {
    }

    static long currentThread() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }

    /** What the thread with this id has allocated since it started; -1 when it has ended. */
    static long ofThread(long threadId) {
        return THREADS.getThreadAllocatedBytes(threadId);
    }
}
