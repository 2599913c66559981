package io.github.sfnunit.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongUnaryOperator;

/**
 * The CPU time a served-API measurement spends, split between the endpoint (its HTTP server's threads), the client
 * (the threads that call the SDK) and the rest of the JVM (GC, JIT, helper threads), and for the first two the part
 * spent in the kernel (system calls: loopback TCP, thread wake-ups): CPU time, not wall time, so that a figure taken
 * on a loaded machine still says where the work goes.
 */
final class CpuMeter {

    /** The CPU nanoseconds of one measurement, by side. */
    record Split(
            long process,
            long server,
            long client,
            long serverKernel,
            long clientKernel,
            long jitMillis,
            long gcMillis,
            long classesLoaded) {
        long other() {
            return process - server - client;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final long process;
    private final Map<Long, Long> threads;
    private final Map<Long, Long> userTimes;
    private final long jit;
    private final long gc;
    private final long classes;

    private CpuMeter(
            long process, Map<Long, Long> threads, Map<Long, Long> userTimes, long jit, long gc, long classes) {
        this.classes = classes;
        this.process = process;
        this.threads = threads;
        this.userTimes = userTimes;
        this.jit = jit;
        this.gc = gc;
    }

    static CpuMeter start() {
        return new CpuMeter(
                OS.getProcessCpuTime(),
                threadTimes(THREADS::getThreadCpuTime),
                threadTimes(THREADS::getThreadUserTime),
                jitMillis(),
                gcMillis(),
                classesLoaded());
    }

    /** The JIT's compile time so far: when it grows during a measurement, the warm-up was too short. */
    private static long jitMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    private static long classesLoaded() {
        return ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    /** The split since {@link #start()}; a thread that ended in between is counted with the JVM. */
    Split stop() {
        long processNow = OS.getProcessCpuTime();
        long server = 0;
        long client = 0;
        long serverKernel = 0;
        long clientKernel = 0;
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long now = THREADS.getThreadCpuTime(info.getThreadId());
            if (now < 0) {
                continue;
            }
            long spent = now - threads.getOrDefault(info.getThreadId(), 0L);
            long kernel = spent
                    - (THREADS.getThreadUserTime(info.getThreadId()) - userTimes.getOrDefault(info.getThreadId(), 0L));
            String name = info.getThreadName();
            if (name.startsWith("sfn-unit-api") || name.startsWith("HTTP-Dispatcher")) {
                server += spent;
                serverKernel += kernel;
            } else if (name.startsWith("bench-client")) {
                client += spent;
                clientKernel += kernel;
            }
        }
        return new Split(
                processNow - process,
                server,
                client,
                serverKernel,
                clientKernel,
                jitMillis() - jit,
                gcMillis() - gc,
                classesLoaded() - classes);
    }

    private static Map<Long, Long> threadTimes(LongUnaryOperator time) {
        Map<Long, Long> times = new HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            times.put(id, time.applyAsLong(id));
        }
        return times;
    }
}
