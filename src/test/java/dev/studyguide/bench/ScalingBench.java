package dev.studyguide.bench;

import dev.studyguide.source.GuideConfigLoader;
import dev.studyguide.source.Ingest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One stage on the real corpus and on synthetic ones N times its size, side by side: each corpus measured in
 * its own fresh JVM, the corpora taken in turn (and, with several rounds, again in turn), so slow spells of a
 * noisy machine spread over all sizes instead of landing on one.
 */
final class ScalingBench {
  private static final String REAL = "real";

  private final BenchOptions options;
  private final ForkedJvm jvm;

  ScalingBench(BenchOptions options, ForkedJvm jvm) {
    this.options = options;
    this.jvm = jvm;
  }

  /** A content folder to measure, and how many times the real corpus it holds (the real one: 1). */
  record Subject(String name, Path dir, int scale) {}

  void generateOnly() {
    subjects(false).forEach(s -> System.out.printf("%-5s %s: %s%n", s.name(), s.dir(), describe(s.dir())));
  }

  void run(Stage<?> stage) {
    List<Subject> subjects = subjects(!stage.name().equals("ingest"));
    Map<Subject, Measured> measured = new LinkedHashMap<>();
    for (int round = 1; round <= options.rounds(); round++) {
      for (Subject subject : subjects) {
        System.err.printf("%s: %s, round %d of %d%n", stage.name(), subject.name(), round, options.rounds());
        ForkedJvm.Outcome outcome = jvm.run(Bench.class.getName(), List.of(Bench.CHILD, stage.name(),
            subject.dir().toString(), Integer.toString(options.warmups()), Double.toString(options.warmupSeconds()),
            Integer.toString(options.runs())));
        measured.computeIfAbsent(subject, s -> new Measured()).add(outcome);
      }
    }
    print(stage, subjects, measured);
  }

  /** The pooled runs of one corpus over all rounds. */
  private static final class Measured {
    final List<Double> first = new ArrayList<>();
    final List<Double> millis = new ArrayList<>();
    final List<Double> cpuMillis = new ArrayList<>();
    final List<Double> gcMillis = new ArrayList<>();
    long peakUsed;
    long peakLive;
    int warmups = Integer.MAX_VALUE;
    String built = "";
    ForkedJvm.Outcome failed;

    void add(ForkedJvm.Outcome outcome) {
      if (!outcome.ok()) {
        failed = outcome;
        return;
      }
      first.add(Double.parseDouble(outcome.field("first")));
      millis.addAll(StageRunner.values(outcome.field("ms")));
      cpuMillis.addAll(StageRunner.values(outcome.field("cpuMs")));
      gcMillis.addAll(StageRunner.values(outcome.field("gcMs")));
      peakUsed = Math.max(peakUsed, Long.parseLong(outcome.field("peakUsed")));
      peakLive = Math.max(peakLive, Long.parseLong(outcome.field("peakLive")));
      warmups = Math.min(warmups, Integer.parseInt(outcome.field("warmups")));
      built = outcome.field("what");
    }
  }

  private void print(Stage<?> stage, List<Subject> subjects, Map<Subject, Measured> measured) {
    Subject baseSubject = subjects.stream().filter(s -> !s.name().equals(REAL))
        .min(Comparator.comparingInt(Subject::scale)).orElseThrow();
    Measured baseRuns = measured.get(baseSubject);
    double base = baseRuns.failed == null ? Stats.of(baseRuns.millis).median() : Double.NaN;
    double baseCpu = baseRuns.failed == null ? Stats.of(baseRuns.cpuMillis).median() : Double.NaN;
    System.out.printf("%n== %s: %s%n", stage.name(), stage.timed());
    System.out.printf("   each corpus in a fresh JVM (%s); warm-up >= %d runs and >= %.0f s, then %d measured runs"
        + " per JVM; %d round(s)%n", String.join(" ", jvm.flags()), options.warmups(), options.warmupSeconds(),
        options.runs(), options.rounds());
    System.out.printf("%-6s %5s %6s %8s | %8s %8s %8s %8s %6s | %6s %6s %9s | %7s %7s | %s%n", "corpus",
        "docs", "src MB", "1st run", "median", "min", "max", "cpu", "gc", "x " + baseSubject.name(), "cpu x",
        "ms per 1x", "used MB", "live MB", "built");
    for (Subject subject : subjects) {
      Measured m = measured.get(subject);
      String head = String.format(Locale.ROOT, "%-6s %5d %6.1f", subject.name(), sourceCount(subject.dir()),
          sourceBytes(subject.dir()) / 1e6);
      if (m.failed != null) {
        System.out.printf("%s   FAILED: exit %d%s%n", head, m.failed.exit(),
            m.failed.exit() == 3 ? " (out of memory at -Xmx" + options.xmx() + ")" : "");
        continue;
      }
      Stats s = Stats.of(m.millis);
      double cpu = Stats.of(m.cpuMillis).median();
      boolean real = subject.name().equals(REAL);
      String ratio = real ? "" : String.format(Locale.ROOT, "%.1f", s.median() / base * baseSubject.scale());
      String cpuRatio = real ? "" : String.format(Locale.ROOT, "%.1f", cpu / baseCpu * baseSubject.scale());
      System.out.printf(Locale.ROOT, "%s %8.0f | %8.1f %8.1f %8.1f %8.0f %6.0f | %6s %6s %9.1f | %7.0f %7.0f | %s%n",
          head, Stats.of(m.first).median(), s.median(), s.min(), s.max(), cpu, Stats.of(m.gcMillis).median(),
          ratio, cpuRatio, s.median() / subject.scale(), m.peakUsed / 1e6, m.peakLive / 1e6,
          m.built + (m.warmups < 100 ? ", " + m.warmups + " warm-ups" : ""));
    }
    System.out.println("   ms, wall clock unless named: 1st run = first call in the JVM (what one CLI run waits for);"
        + " median/min/max of the measured runs; cpu = process CPU ms (all threads, so up to 2x wall on 2 cores);"
        + " gc = collector ms.");
    System.out.println("   x " + baseSubject.name() + " = median / " + baseSubject.name() + " median x "
        + baseSubject.scale() + " (linear growth: equals the scale), cpu x likewise for cpu;"
        + " ms per 1x = median / scale (linear: flat);");
    System.out.println("   used = peak heap used, garbage included; live = peak heap live"
        + " (max over runs; see HeapProbe).");
  }

  private List<Subject> subjects(boolean needsTaxonomy) {
    List<Subject> out = new ArrayList<>();
    if (needsTaxonomy) {
      Path real = options.work().resolve("real-copy");
      copyReal(real);
      out.add(new Subject(REAL, real, 1));
    } else {
      out.add(new Subject(REAL, options.content(), 1));
    }
    for (int scale : options.scales()) {
      Path dir = options.work().resolve("corpus-" + scale + "x");
      long start = System.nanoTime();
      SyntheticCorpus.write(options.content(), dir, scale, options.seed());
      System.err.printf("generated %dx corpus in %s (%.1f s)%n", scale, dir, (System.nanoTime() - start) / 1e9);
      out.add(new Subject(scale + "x", dir, scale));
    }
    if (needsTaxonomy) {
      out.forEach(s -> ensureTaxonomy(s.dir()));
    }
    return out;
  }

  /** The real content as a folder the bench may add a taxonomy to (never writes into content/). */
  private void copyReal(Path dir) {
    try {
      Path sources = dir.resolve(Ingest.SOURCES_DIR);
      if (Files.isDirectory(sources)) {
        try (Stream<Path> files = Files.list(sources)) {
          for (Path f : files.toList()) {
            Files.delete(f);
          }
        }
      }
      Files.createDirectories(sources);
      Files.copy(options.content().resolve(GuideConfigLoader.FILE_NAME), dir.resolve(GuideConfigLoader.FILE_NAME),
          StandardCopyOption.REPLACE_EXISTING);
      try (Stream<Path> files = Files.list(options.content().resolve(Ingest.SOURCES_DIR))) {
        for (Path f : files.toList()) {
          Files.copy(f, sources.resolve(f.getFileName()));
        }
      }
      for (String optional : List.of(SyntheticCorpus.TOPICS, "overrides.yaml")) {
        Files.deleteIfExists(dir.resolve(optional));
        if (Files.exists(options.content().resolve(optional))) {
          Files.copy(options.content().resolve(optional), dir.resolve(optional));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void ensureTaxonomy(Path dir) {
    try {
      Path target = dir.resolve(SyntheticCorpus.TOPICS);
      if (options.topics().isPresent()) {
        Files.copy(options.topics().get(), target, StandardCopyOption.REPLACE_EXISTING);
      } else if (!Files.exists(target)) {
        Files.writeString(target, StandInTaxonomy.YAML, StandardCharsets.UTF_8);
        if (dir.getFileName().toString().equals("real-copy")) {
          System.out.println("NOTE: " + options.content().resolve(SyntheticCorpus.TOPICS) + " is missing in this"
              + " checkout, so the graph bench with the real taxonomy is skipped. Measuring with a stand-in"
              + " taxonomy of 20 topics instead (--topics FILE to use another): these figures show how the graph"
              + " stage scales, not what the real taxonomy costs.");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(Path dir) {
    return sourceCount(dir) + " sources, " + String.format(Locale.ROOT, "%.1f MB", sourceBytes(dir) / 1e6);
  }

  private static long sourceCount(Path dir) {
    try (Stream<Path> files = Files.list(dir.resolve(Ingest.SOURCES_DIR))) {
      return files.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long sourceBytes(Path dir) {
    try (Stream<Path> files = Files.list(dir.resolve(Ingest.SOURCES_DIR))) {
      long total = 0;
      for (Path f : files.toList()) {
        total += Files.size(f);
      }
      return total;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
