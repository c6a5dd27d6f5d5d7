package dev.studyguide.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ./bench build}: the whole {@code studyguide build} (every output, PDFs included) on synthetic corpora
 * N times the real one, each run a fresh JVM with the tool's flags: cold (an empty cache: every formula typeset,
 * every PDF laid out), then warm (the same build again, the cold one's site and cache in place). The build prints
 * a line per step with its milliseconds; the bench collects them into a stage table per scale, cold and warm, with
 * the ratio of each stage between successive scales (linear growth: the ratio of the scales). Peak heap comes
 * from the collector's log (heap in use before a collection, the highest seen).
 *
 * <p>With {@code --baseline JAR} (another build's jar, its lib/ beside it and its templates/ two folders up, as
 * a checkout's target/ has them) the same builds run with that jar too, interleaved, so before and after share
 * the machine's slow and quiet spells. Neither side gets a class-data archive, so the two start alike. With
 * {@code --gc NAME} this jar also builds with another collector ({@code -XX:+UseNAMEGC} for the tool's own).
 */
final class BuildBench {
  /** A step line of the build's progress: "search   18758 ms  written", sub-steps indented. */
  private static final Pattern STEP = Pattern.compile("^(\\s*)(\\S+)\\s+(\\d+) ms  ");
  /** A collection in the unified GC log: "... Pause Young (Allocation Failure) 123M->45M(512M) 12.345ms". */
  private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
  private static final Pattern TIMES = Pattern.compile("^BENCH_TIME (\\S+) (\\S+) (\\S+) (\\d+)$");
  private static final Path TIME = Path.of("/usr/bin/time");

  private final BenchOptions options;
  private final ForkedJvm.Tool tool;

  BuildBench(BenchOptions options, ForkedJvm.Tool tool) {
    this.options = options;
    this.tool = tool;
  }

  /** A jar to build with, the templates it goes with, and the collector to run it with (empty: the tool's). */
  private record Build(String name, Path jar, Path templates, Optional<String> gc) {}

  /** One build's figures: ms per step (in the order printed), and the process's totals. */
  private record Run(Map<String, Double> steps, double wallMs, double cpuMs, double peakHeapMb, double liveMb,
      double rssMb, int exit) {}

  void run() {
    List<Build> builds = new ArrayList<>();
    options.baseline().ifPresent(jar -> builds.add(new Build("base", jar.toAbsolutePath(),
        templatesBeside(jar.toAbsolutePath()), Optional.empty())));
    Path jar = tool.jar().orElseThrow(() -> new IllegalStateException("./studyguide did not name its jar"));
    Path templates = Path.of("templates").toAbsolutePath();
    builds.add(new Build("this", jar, templates, Optional.empty()));
    options.gc().ifPresent(gc -> builds.add(new Build(gc, jar, templates, Optional.of(gc))));
    List<ScalingBench.Subject> subjects = new ArrayList<>();
    for (int scale : options.scales()) {
      Path dir = options.work().resolve("corpus-" + scale + "x");
      SyntheticCorpus.write(options.content(), dir, scale, options.seed());
      subjects.add(new ScalingBench.Subject(scale + "x", dir, scale));
    }
    Map<String, List<Run>> cold = new LinkedHashMap<>();
    Map<String, List<Run>> warm = new LinkedHashMap<>();
    for (int round = 1; round <= options.runs(); round++) {
      for (ScalingBench.Subject subject : subjects) {
        for (Build build : builds) {
          System.err.printf("build: %s, %s jar, run %d of %d%n", subject.name(), build.name(), round, options.runs());
          List<Run> pair = buildColdThenWarm(build, subject.dir());
          for (Run run : pair) {
            System.err.printf("  %.1f s, heap peak %.0f MB, %s%n", run.wallMs() / 1e3, run.peakHeapMb(), run.steps());
          }
          cold.computeIfAbsent(key(build, subject), k -> new ArrayList<>()).add(pair.get(0));
          warm.computeIfAbsent(key(build, subject), k -> new ArrayList<>()).add(pair.get(1));
        }
      }
    }
    print("cold (empty cache, no site)", builds, subjects, cold);
    print("warm (the cold build's site and cache in place, content unchanged)", builds, subjects, warm);
  }

  private static String key(Build build, ScalingBench.Subject subject) {
    return subject.name() + " " + build.name();
  }

  private static Path templatesBeside(Path jar) {
    Path checkout = jar.getParent() == null ? null : jar.getParent().getParent();
    return checkout != null && Files.isDirectory(checkout.resolve("templates")) ? checkout.resolve("templates")
        : Path.of("templates").toAbsolutePath();
  }

  /** A cold build into a scratch folder, then a warm one: the same build again, its site and cache in place. */
  private List<Run> buildColdThenWarm(Build build, Path content) {
    try {
      Path scratch = Files.createTempDirectory(options.work().toAbsolutePath(), "build-");
      List<Run> runs = List.of(buildOnce(build, content, scratch, "cold"), buildOnce(build, content, scratch, "warm"));
      deleteTree(scratch);
      return runs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Run buildOnce(Build build, Path content, Path scratch, String name) {
    try {
      Path gcLog = scratch.resolve(name + "-gc.log");
      Path out = scratch.resolve(name + "-out.txt");
      List<String> command = new ArrayList<>();
      if (Files.isExecutable(TIME)) {
        command.addAll(List.of(TIME.toString(), "-f", "BENCH_TIME %e %U %S %M"));
      }
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      for (String flag : tool.flagsWithoutArchive()) {
        command.add(build.gc().isPresent() && flag.matches("-XX:\\+Use\\w+GC") ? "-XX:+Use" + build.gc().get() + "GC"
            : flag);
      }
      command.add("-Xmx" + options.xmx());
      command.add("-Xlog:gc:file=" + gcLog);
      command.addAll(List.of("-jar", build.jar().toString(), "build", "--content", content.toAbsolutePath().toString(),
          "--out", scratch.resolve("site").toString(), "--cache", scratch.resolve("cache").toString(),
          "--templates", build.templates().toString()));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
      process.getOutputStream().close();
      long start = System.nanoTime();
      int exit = process.waitFor();
      double wall = (System.nanoTime() - start) / 1e6;
      return parse(Files.readAllLines(out, StandardCharsets.UTF_8),
          Files.exists(gcLog) ? Files.readAllLines(gcLog, StandardCharsets.UTF_8) : List.of(), wall, exit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static Run parse(List<String> output, List<String> gcLog, double wallMs, int exit) {
    Map<String, Double> steps = new LinkedHashMap<>();
    double cpu = Double.NaN;
    double rss = Double.NaN;
    for (String line : output) {
      Matcher step = STEP.matcher(line);
      Matcher times = TIMES.matcher(line);
      if (step.find()) {
        steps.put((step.group(1).isEmpty() ? "" : "  ") + step.group(2), Double.parseDouble(step.group(3)));
      } else if (times.find()) {
        wallMs = Double.parseDouble(times.group(1)) * 1e3;
        cpu = (Double.parseDouble(times.group(2)) + Double.parseDouble(times.group(3))) * 1e3;
        rss = Long.parseLong(times.group(4)) / 1024.0;
      }
    }
    double peak = 0;
    double live = 0;
    for (String line : gcLog) {
      Matcher gc = GC.matcher(line);
      if (gc.find()) {
        peak = Math.max(peak, Double.parseDouble(gc.group(1)));
        if (line.contains("Pause Full")) {
          live = Math.max(live, Double.parseDouble(gc.group(2)));
        }
      }
    }
    return new Run(steps, wallMs, cpu, peak, live, rss, exit);
  }

  private void print(String kind, List<Build> builds, List<ScalingBench.Subject> subjects,
      Map<String, List<Run>> runs) {
    Set<String> stages = new LinkedHashSet<>();
    runs.values().forEach(list -> list.forEach(r -> stages.addAll(r.steps().keySet())));
    List<String> columns = new ArrayList<>();
    subjects.forEach(s -> builds.forEach(b -> columns.add(key(b, s))));
    System.out.printf("%n== build: studyguide build, all outputs, %s, in fresh JVMs (%s -Xmx%s);"
        + " median of %d run(s), ms%n", kind, String.join(" ", tool.flagsWithoutArchive()), options.xmx(),
        options.runs());
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-10s", "stage"));
    columns.forEach(c -> head.append(String.format(Locale.ROOT, " %11s", c)));
    for (int i = 1; i < subjects.size(); i++) {
      for (Build b : builds) {
        head.append(String.format(Locale.ROOT, " %13s", subjects.get(i).name() + "/" + subjects.get(i - 1).name()
            + (builds.size() > 1 ? " " + b.name() : "")));
      }
    }
    System.out.println(head);
    for (String stage : stages) {
      printRow(stage, builds, subjects, runs, r -> Optional.ofNullable(r.steps().get(stage)));
    }
    printRow("wall", builds, subjects, runs, r -> Optional.of(r.wallMs()));
    printRow("cpu", builds, subjects, runs, r -> Optional.of(r.cpuMs()));
    printRow("cpu %", builds, subjects, runs, r -> Optional.of(100 * r.cpuMs() / r.wallMs()));
    printRow("heap MB", builds, subjects, runs, r -> Optional.of(r.peakHeapMb()));
    printRow("live MB", builds, subjects, runs, r -> Optional.of(r.liveMb()));
    printRow("rss MB", builds, subjects, runs, r -> Optional.of(r.rssMb()));
    runs.forEach((k, list) -> list.stream().filter(r -> r.exit() != 0)
        .forEach(r -> System.out.printf("   %s: a run exited %d%n", k, r.exit())));
    System.out.println("   stages are the build's own step lines (indented: within packs); outputs (site, search,"
        + " packs, study) run side by side, so they overlap and publish spans them. cpu = user + sys of the process,"
        + " cpu % = cpu / wall (200 = both cores busy throughout);"
        + " heap = most heap in use before a collection, live = most left after a full collection (GC log; 0: none ran); rss = peak resident set.");
    System.out.println("   b/a = median at scale b / median at scale a: linear growth gives b/a of the scales.");
  }

  private void printRow(String name, List<Build> builds, List<ScalingBench.Subject> subjects,
      Map<String, List<Run>> runs, java.util.function.Function<Run, Optional<Double>> value) {
    StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-10s", name));
    Map<String, Double> medians = new LinkedHashMap<>();
    for (ScalingBench.Subject s : subjects) {
      for (Build b : builds) {
        List<Double> values = runs.getOrDefault(key(b, s), List.of()).stream().map(value)
            .flatMap(Optional::stream).filter(v -> !v.isNaN()).toList();
        double median = Stats.of(values).median();
        medians.put(key(b, s), median);
        row.append(String.format(Locale.ROOT, " %11.0f", median));
      }
    }
    for (int i = 1; i < subjects.size(); i++) {
      for (Build b : builds) {
        double ratio = medians.get(key(b, subjects.get(i))) / medians.get(key(b, subjects.get(i - 1)));
        row.append(String.format(Locale.ROOT, " %13.1f", ratio));
      }
    }
    System.out.println(row);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
