package dev.studyguide.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap use of one measured run, two ways. <b>Peak used</b>: the sum of the heap pools' peaks since the run
 * began, garbage included; it depends on when the collector ran and is bounded by -Xmx. <b>Peak live</b>: the
 * most heap still in use after any full collection during the run, or after one at its end with the result
 * still reachable; what the run really needed to hold (a young collection leaves the old generation's garbage
 * in place, so it does not count). Both are measured in the JVM that is bounded
 * by -Xmx, so a run that finishes has also proved it fits.
 */
final class HeapProbe implements NotificationListener {
  private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).toList();
  private final Set<String> poolNames = pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  private final AtomicLong liveAfterGc = new AtomicLong();
  private long gcMillisAtStart;

  HeapProbe() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(this, null, null);
      }
    }
  }

  /** Collects what earlier runs left, then starts watching. */
  void start() {
    System.gc();
    settle();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    liveAfterGc.set(0);
    gcMillisAtStart = gcMillis();
  }

  /** Time the collectors spent since {@link #start}, as the JVM counts it. */
  long gcMillisSinceStart() {
    return gcMillis() - gcMillisAtStart;
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
  }

  long peakUsed() {
    return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  /** The peak live heap; {@code result} is kept reachable through the final collection. */
  long peakLive(Object result) {
    System.gc();
    settle();
    long retained = pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    java.lang.ref.Reference.reachabilityFence(result);
    return Math.max(retained, liveAfterGc.get());
  }

  @Override
  public void handleNotification(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    if (!info.getGcAction().contains("major")) {
      return; // after a young collection the old generation still holds garbage: not a measure of live data
    }
    long live = 0;
    for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (poolNames.contains(pool.getKey())) {
        live += pool.getValue().getUsed();
      }
    }
    liveAfterGc.accumulateAndGet(live, Math::max);
  }

  /** Collection notifications arrive on another thread shortly after the collection. */
  private static void settle() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
