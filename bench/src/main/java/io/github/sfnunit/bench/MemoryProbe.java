package io.github.sfnunit.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Estimates of the heap a run needs: the live heap after full collections, and while a call runs, the largest
 * live heap any collection left behind and the bytes the thread allocated. Estimates for a table, not a heap
 * dump: a live size is what the collector reports in use after a collection.
 */
final class MemoryProbe {

    /**
     * What the collector saw while one call ran.
     *
     * @param peakLive the largest heap in use after any collection during the call ({@code -1} when none ran)
     * @param collections how many collections ran during the call
     * @param allocated the bytes the calling thread allocated
     */
    record RunFootprint(long peakLive, int collections, long allocated) {}

    private MemoryProbe() {}

    /** Runs {@code call} once and reports what the collector saw meanwhile. */
    static RunFootprint during(Runnable call) {
        AtomicLong peak = new AtomicLong(-1);
        AtomicLong collections = new AtomicLong();
        NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                        .mapToLong(MemoryUsage::getUsed)
                        .sum();
                peak.accumulateAndGet(used, Math::max);
                collections.incrementAndGet();
            }
        };
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) bean).addNotificationListener(listener, null, null);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        try {
            call.run();
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            // Notifications arrive on another thread, shortly after each collection.
            sleepBriefly();
            return new RunFootprint(peak.get(), (int) collections.get(), allocated);
        } finally {
            for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
                try {
                    ((NotificationEmitter) bean).removeNotificationListener(listener);
                } catch (ListenerNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** The heap in use after two full collections: close to the live set. */
    static long liveHeap() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
