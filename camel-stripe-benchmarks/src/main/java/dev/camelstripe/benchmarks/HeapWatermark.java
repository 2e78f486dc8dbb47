package dev.camelstripe.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The heap's high-water mark over a stretch of work: peaks are reset after a GC, so what is read back is what that
 * stretch needed, and the live heap after a final GC shows what it kept.
 */
final class HeapWatermark {

    private static final List<MemoryPoolMXBean> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

    private HeapWatermark() {
    }

    static void reset() {
        System.gc();
        HEAP_POOLS.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of every heap pool's peak since {@link #reset()}, in MiB. */
    static double peakMiB() {
        return HEAP_POOLS.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / 1048576.0;
    }

    /** Peak of the old generation alone: what survived young collections during the stretch, in MiB. */
    static double oldGenPeakMiB() {
        return HEAP_POOLS.stream().filter(pool -> pool.getName().contains("Old") || pool.getName().contains("Tenured"))
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / 1048576.0;
    }

    /** Live heap after a full GC, in MiB. */
    static double liveAfterGcMiB() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }
}
