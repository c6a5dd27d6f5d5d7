package dev.studyguide.bench;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The five real documents right after JVM start, the way a user meets them: fresh JVMs with the tool's jar,
 * flags and class-data archive, as {@code ./studyguide} runs it, taken in turn so a slow spell hits all kinds:
 * <ul>
 *   <li>in process: a JVM whose first act is {@code Ingest.read} (its classes and archive: {@link StartupChild});
 *       the time from the JVM's own start time (and from the moment it was launched) to the end of the read, and
 *       the read alone; the same without the archive, and, with {@code --baseline}, with another build's jar;
 *   <li>whole process: the CLI's {@code normalize --json} (output discarded) against {@code --version}, whose
 *       difference is the command's cost beyond starting a JVM and picocli; and a JVM that only reads the
 *       corpus against one that does nothing.
 * </ul>
 */
final class StartupBench {
  private static final String CLI = "dev.studyguide.cli.Main";

  private final BenchOptions options;
  private final String classes;
  private final ForkedJvm cli;
  private final ForkedJvm child;
  private final Optional<ForkedJvm> childWithoutArchive;
  private final Optional<ForkedJvm> baseline;

  StartupBench(BenchOptions options, ForkedJvm.Tool tool) {
    this.options = options;
    String xmx = options.xmx();
    if (tool.jar().isEmpty()) {
      // The script could not say how it runs the tool: the compiled classes, default flags, no archive.
      String classPath = System.getProperty("java.class.path");
      this.classes = "the compiled classes";
      this.cli = new ForkedJvm(tool.flags(), xmx, classPath);
      this.child = cli;
      this.childWithoutArchive = Optional.empty();
      this.baseline = options.baseline().map(jar -> new ForkedJvm(tool.flags(), xmx, jar + File.pathSeparator
          + classPath));
      return;
    }
    Path jar = tool.jar().get();
    StartupChild setup = StartupChild.prepare(tool, jar, options.work().resolve("startup"), options.content());
    this.classes = setup.classPath();
    this.cli = new ForkedJvm(tool.flags(), xmx, jar.toString());
    this.child = new ForkedJvm(setup.flags(tool), xmx, setup.classPath());
    this.childWithoutArchive = setup.archive()
        .map(a -> new ForkedJvm(tool.flagsWithoutArchive(), xmx, setup.classPath()));
    this.baseline = options.baseline()
        .map(other -> new ForkedJvm(tool.flagsWithoutArchive(), xmx, setup.classPathWith(other)));
  }

  void run() {
    String content = options.content().toString();
    Map<String, List<Double>> samples = new LinkedHashMap<>();
    TreeSet<Integer> normalizeExits = new TreeSet<>();
    String items = "?";
    int total = options.warmups() + options.runs() * options.rounds();
    List<String> readArgs = List.of(Bench.CHILD_STARTUP, content);
    for (int i = 0; i < total; i++) {
      boolean measured = i >= options.warmups();
      System.err.printf("startup: fresh JVMs, set %d of %d%s%n", i + 1, total, measured ? "" : " (warm-up)");
      ForkedJvm.Outcome noop = child.run(Bench.class.getName(), List.of(Bench.CHILD_NOOP));
      ForkedJvm.Outcome read = child.run(Bench.class.getName(), readArgs);
      ForkedJvm.Outcome plain = childWithoutArchive.map(c -> c.run(Bench.class.getName(), readArgs)).orElse(null);
      ForkedJvm.Outcome before = baseline.map(b -> b.run(Bench.class.getName(), readArgs)).orElse(null);
      ForkedJvm.Outcome version = cli.run(CLI, List.of("--version"));
      ForkedJvm.Outcome normalize = cli.run(CLI, List.of("normalize", "--json", "--content", content));
      if (!measured) {
        continue;
      }
      add(samples, "JVM start -> Ingest.read done (in process)", number(read, "sinceJvmStart"));
      add(samples, "  process launch -> Ingest.read done", sinceLaunch(read));
      add(samples, "  process CPU by then (all threads)", number(read, "cpu"));
      add(samples, "  Ingest.read alone, first call in the JVM", number(read, "ingest"));
      if (plain != null) {
        add(samples, "without the class-data archive: JVM start -> done", number(plain, "sinceJvmStart"));
        add(samples, "  process CPU by then, without the archive", number(plain, "cpu"));
      }
      if (before != null) {
        add(samples, "baseline jar, no archive: JVM start -> done", number(before, "sinceJvmStart"));
        add(samples, "  process CPU by then, baseline jar", number(before, "cpu"));
      }
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

  private static double number(ForkedJvm.Outcome outcome, String field) {
    return Double.parseDouble(outcome.field(field));
  }

  /** From just before the launch (in this JVM) to the end of the read (in the child): both wall clocks. */
  private static double sinceLaunch(ForkedJvm.Outcome outcome) {
    return Long.parseLong(outcome.field("end")) - outcome.launchedAtMillis();
  }

  private static void add(Map<String, List<Double>> samples, String name, double value) {
    samples.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
  }

  private void print(Map<String, List<Double>> samples, TreeSet<Integer> normalizeExits, String items) {
    System.out.printf("%n== startup: the %s real documents (%s items) in fresh JVMs; %d warm-up set(s), %d measured%n"
        + "   CLI: %s, class path %s%n   in process: %s, class path %s%n", "five", items, options.warmups(),
        options.runs() * options.rounds(), String.join(" ", cli.flags()), cli.classPath(),
        String.join(" ", child.flags()), classes);
    options.baseline().ifPresent(jar -> System.out.printf("   baseline: %s%n", jar));
    System.out.printf("%-52s %9s %9s %9s%n", "ms", "median", "min", "max");
    for (Map.Entry<String, List<Double>> row : samples.entrySet()) {
      Stats s = Stats.of(row.getValue());
      System.out.printf(Locale.ROOT, "%-52s %9.1f %9.1f %9.1f%n", row.getKey(), s.median(), s.min(), s.max());
    }
    System.out.println("   target: the five in under 300 ms after JVM start (first row; on a busy machine its min and"
        + " the CPU row say more than the median)");
    if (!normalizeExits.equals(new TreeSet<>(List.of(0)))) {
      System.out.println("   note: normalize exited with " + normalizeExits + ": with errors in the sources it"
          + " reports them and writes no JSON, so its row leaves out the JSON output");
    }
  }
}
