package org.plangraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Heap high-water marks of one phase. "Live" is the largest heap occupancy seen right after any garbage collection
 * during the phase (what the phase keeps reachable, plus whatever the collector had not reclaimed yet); it is the
 * figure that shows whether memory grows with N. "Peak" is the sum of the heap pools' peak usage, which mostly
 * reflects how much garbage the collector let accumulate before collecting, and is reported for completeness.
 */
final class HeapWatch {

	private static final java.util.Set<String> HEAP_POOLS = java.util.Set.copyOf(
			heapPools().stream().map(MemoryPoolMXBean::getName).toList());

	private static final AtomicLong liveMax = new AtomicLong();

	private static final AtomicLong collections = new AtomicLong();

	static {
		for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
				if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
					return;
				}
				var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
				long used = 0;
				for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
					// The map holds non-heap pools (metaspace, code cache) too.
					if (HEAP_POOLS.contains(pool.getKey())) {
						used += pool.getValue().getUsed();
					}
				}
				liveMax.accumulateAndGet(used, Math::max);
				collections.incrementAndGet();
			}, null, null);
		}
	}

	private HeapWatch() {
	}

	/** A phase's figures, in bytes. */
	record Heap(long live, long peak, long collections) {
	}

	/** Starts a phase: collects, then resets both marks. */
	static void reset() {
		System.gc();
		liveMax.set(0);
		collections.set(0);
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	/** Ends a phase: one more full collection counts what the phase still holds at its end. */
	static Heap read() {
		long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		long gcs = collections.get();
		System.gc();
		// Notifications arrive on another thread; give the last one a moment.
		long deadline = System.nanoTime() + 2_000_000_000L;
		while (collections.get() == gcs && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		return new Heap(liveMax.get(), peak, gcs);
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
	}

}
