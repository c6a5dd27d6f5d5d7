package dev.studyguide.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The five real documents right after JVM start, the way a user meets them. Two measurements, each in fresh
 * JVMs with the tool's flags, taken in turn so a slow spell hits all of them:
 * <ul>
 *   <li>in process: a JVM whose first act is {@code Ingest.read}; the time from the JVM's own start time to
 *       the end of the read, and the read alone;
 *   <li>whole process: the CLI's {@code normalize --json} (output discarded) against {@code --version}, whose
 *       difference is the command's cost beyond starting a JVM and picocli; and a JVM that only reads the
 *       corpus against one that does nothing.
 * </ul>
 */
final class StartupBench {
  private static final String CLI = "dev.studyguide.cli.Main";

  private final BenchOptions options;
  private final ForkedJvm jvm;

  StartupBench(BenchOptions options, ForkedJvm jvm) {
    this.options = options;
    this.jvm = jvm;
  }

  void run() {
    String content = options.content().toString();
    Map<String, List<Double>> samples = new LinkedHashMap<>();
    TreeSet<Integer> normalizeExits = new TreeSet<>();
    String items = "?";
    int total = options.warmups() + options.runs() * options.rounds();
    for (int i = 0; i < total; i++) {
      boolean measured = i >= options.warmups();
      System.err.printf("startup: fresh JVMs, set %d of %d%s%n", i + 1, total, measured ? "" : " (warm-up)");
      ForkedJvm.Outcome noop = jvm.run(Bench.class.getName(), List.of(Bench.CHILD_NOOP));
      ForkedJvm.Outcome read = jvm.run(Bench.class.getName(), List.of(Bench.CHILD_STARTUP, content));
      ForkedJvm.Outcome version = jvm.run(CLI, List.of("--version"));
      ForkedJvm.Outcome normalize = jvm.run(CLI, List.of("normalize", "--json", "--content", content));
      if (!measured) {
        continue;
      }
      add(samples, "JVM start -> Ingest.read done (in process)", Double.parseDouble(read.field("sinceJvmStart")));
      add(samples, "  process CPU by then (all threads)", Double.parseDouble(read.field("cpu")));
      add(samples, "  Ingest.read alone, first call in the JVM", Double.parseDouble(read.field("ingest")));
      add(samples, "process wall: JVM that reads the corpus", read.wallMillis());
      add(samples, "process wall: JVM that does nothing", noop.wallMillis());
      add(samples, "  difference: reading the corpus", read.wallMillis() - noop.wallMillis());
      add(samples, "CLI wall: normalize --json (stdout discarded)", normalize.wallMillis());
      add(samples, "CLI wall: --version", version.wallMillis());
      add(samples, "  difference: the normalize command", normalize.wallMillis() - version.wallMillis());
      normalizeExits.add(normalize.exit());
      items = read.field("items");
    }
    print(samples, normalizeExits, items);
  }

  private static void add(Map<String, List<Double>> samples, String name, double value) {
    samples.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
  }

  private void print(Map<String, List<Double>> samples, TreeSet<Integer> normalizeExits, String items) {
    System.out.printf("%n== startup: the %s real documents (%s items) in fresh JVMs (%s); %d warm-up set(s),"
        + " %d measured%n", "five", items, String.join(" ", jvm.flags()), options.warmups(),
        options.runs() * options.rounds());
    System.out.printf("%-48s %9s %9s %9s%n", "ms", "median", "min", "max");
    for (Map.Entry<String, List<Double>> row : samples.entrySet()) {
      Stats s = Stats.of(row.getValue());
      System.out.printf(Locale.ROOT, "%-48s %9.1f %9.1f %9.1f%n", row.getKey(), s.median(), s.min(), s.max());
    }
    System.out.println("   target: the five in under 300 ms after JVM start (first row; on a busy machine its min and"
        + " the CPU row say more than the median)");
    if (!normalizeExits.equals(new TreeSet<>(List.of(0)))) {
      System.out.println("   note: normalize exited with " + normalizeExits + ": with errors in the sources it"
          + " reports them and writes no JSON, so its row leaves out the JSON output");
    }
  }
}
