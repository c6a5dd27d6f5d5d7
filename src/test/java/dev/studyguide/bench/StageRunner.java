package dev.studyguide.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The measuring side, run in a fresh JVM per corpus: prepare, warm up, then time each run and probe its heap.
 * Writes one {@code RESULT} line for the launching JVM to read; progress goes to standard error.
 *
 * <p>Warm-up lasts at least the given number of runs and at least the given time, so a small corpus gets
 * enough runs for the JIT to settle while a large one is not run more than needed. The first run is reported
 * on its own: it is what a user starting the tool once actually waits for.
 */
final class StageRunner {
  static final String RESULT = "RESULT";

  private StageRunner() {}

  static <P> void run(Stage<P> stage, Path content, int warmups, double warmupSeconds, int runs) {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    P prepared = stage.prepare(content);
    long warmupStart = System.nanoTime();
    double firstMillis = -1;
    int warmupsDone = 0;
    while (warmupsDone < warmups || (System.nanoTime() - warmupStart) / 1e9 < warmupSeconds) {
      long start = System.nanoTime();
      stage.run(prepared);
      firstMillis = firstMillis < 0 ? (System.nanoTime() - start) / 1e6 : firstMillis;
      warmupsDone++;
    }
    HeapProbe heap = new HeapProbe();
    List<String> millis = new ArrayList<>();
    List<String> cpuMillis = new ArrayList<>();
    List<String> gcMillis = new ArrayList<>();
    long peakUsed = 0;
    long peakLive = 0;
    String description = "";
    for (int i = 0; i < runs; i++) {
      heap.start();
      long cpu = os.getProcessCpuTime();
      long start = System.nanoTime();
      Object result = stage.run(prepared);
      double ms = (System.nanoTime() - start) / 1e6;
      double cpuMs = (os.getProcessCpuTime() - cpu) / 1e6;
      long gcMs = heap.gcMillisSinceStart();
      firstMillis = firstMillis < 0 ? ms : firstMillis;
      millis.add(format(ms));
      cpuMillis.add(format(cpuMs));
      gcMillis.add(Long.toString(gcMs));
      peakUsed = Math.max(peakUsed, heap.peakUsed());
      peakLive = Math.max(peakLive, heap.peakLive(result));
      description = stage.describe(result);
      System.err.printf(Locale.ROOT, "  %s %s run %d: %.1f ms (cpu %.0f ms, gc %d ms)%n", stage.name(),
          content.getFileName(), i + 1, ms, cpuMs, gcMs);
    }
    System.out.println(String.join("\t", RESULT, "first=" + format(firstMillis), "warmups=" + warmupsDone,
        "ms=" + String.join(",", millis), "cpuMs=" + String.join(",", cpuMillis),
        "gcMs=" + String.join(",", gcMillis), "peakUsed=" + peakUsed, "peakLive=" + peakLive,
        "what=" + description));
  }

  private static String format(double millis) {
    return String.format(Locale.ROOT, "%.3f", millis);
  }

  static List<Double> values(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(",")).map(Double::valueOf).collect(Collectors.toList());
  }
}
