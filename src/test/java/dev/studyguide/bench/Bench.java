package dev.studyguide.bench;

import dev.studyguide.model.Corpus;
import dev.studyguide.source.Ingest;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark entry point ({@code ./bench COMMAND}; see {@link BenchOptions#USAGE}). Never part of
 * {@code mvn verify}: it takes minutes and its figures depend on the machine.
 *
 * <p>The launching JVM only generates corpora, forks measuring JVMs and prints tables; every figure comes from a
 * fresh JVM started with the tool's own flags and {@code -Xmx512m} (see {@link ForkedJvm}, {@link HeapProbe}).
 * The start-up bench runs the tool's jar with its class-data archive, as {@code ./studyguide} does; the stage
 * benches run the compiled classes, for which that archive was not made.
 */
public final class Bench {
  static final String CHILD = "--child";
  static final String CHILD_STARTUP = "--child-startup";
  static final String CHILD_NOOP = "--child-noop";

  private Bench() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].startsWith(CHILD)) {
      child(args);
      return;
    }
    if (args.length == 0 || List.of("help", "-h", "--help").contains(args[0])) {
      System.out.print(BenchOptions.USAGE);
      return;
    }
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage() + "\n" + BenchOptions.USAGE);
      System.exit(2);
      return;
    }
    ForkedJvm.Tool tool = ForkedJvm.tool(Path.of("studyguide"));
    ForkedJvm jvm = new ForkedJvm(tool.flagsWithoutArchive(), options.xmx(), System.getProperty("java.class.path"));
    System.out.printf("%d cores, JVM flags of every measuring JVM: %s%n",
        Runtime.getRuntime().availableProcessors(), String.join(" ", jvm.flags()));
    switch (options.command()) {
      case "startup" -> new StartupBench(options, tool).run();
      case "serve" -> new ServeBench(options, jvm).run();
      case "ingest", "graph", "answers" -> new ScalingBench(options, jvm).run(Stage.named(options.command()));
      case "all" -> {
        new StartupBench(options, tool).run();
        new ScalingBench(options, jvm).run(Stage.named("ingest"));
        new ScalingBench(options, jvm).run(Stage.named("graph"));
      }
      case "build" -> new BuildBench(options, tool).run();
      case "math" -> new MathBench(options, jvm).run();
      case "generate" -> new ScalingBench(options, jvm).generateOnly();
      default -> {
        System.err.println("bench: unknown command " + options.command() + "\n" + BenchOptions.USAGE);
        System.exit(2);
      }
    }
  }

  /** The measuring side of a forked JVM. */
  private static void child(String[] args) {
    switch (args[0]) {
      case CHILD -> StageRunner.run(Stage.named(args[1]), Path.of(args[2]), Integer.parseInt(args[3]),
          Double.parseDouble(args[4]), Integer.parseInt(args[5]));
      case CHILD_STARTUP -> startupChild(Path.of(args[1]));
      case MathBench.CHILD -> MathBench.child(args[1], Integer.parseInt(args[2]), Path.of(args[3]));
      case CHILD_NOOP -> System.out.println(StageRunner.RESULT + "\tnoop=1");
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  /**
   * Reads the corpus once, first thing; the JVM's start time is asked for only afterwards, so it costs nothing.
   * {@code end} is the wall clock when the read was done, for the launching JVM to measure from the launch.
   */
  private static void startupChild(Path content) {
    long start = System.nanoTime();
    Corpus corpus = Ingest.read(content);
    long end = System.nanoTime();
    long endWallClock = System.currentTimeMillis();
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    // All threads' CPU since the process began (JIT and GC included), read a moment after the end: on a busy
    // machine it says what the start cost, where wall time also counts waiting for a core.
    long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
    System.out.println(String.format(Locale.ROOT, "%s\tsinceJvmStart=%d\tend=%d\tcpu=%.3f\tingest=%.3f\titems=%d",
        StageRunner.RESULT, endWallClock - jvmStart, endWallClock, cpu / 1e6, (end - start) / 1e6,
        corpus.items().count()));
  }
}
