package dev.studyguide.render.math;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.SourceFormat;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Steady-state KaTeX cost per formula with 1 and 2 worker threads on the real formulas of 001 and 002:
 * median of 3 passes after the first pass and two warm-up passes. Takes about a minute, so it runs only on
 * request: {@code mvn -o test -Dtest=MathTypesettingBenchmark -Dstudyguide.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "studyguide.benchmark", matches = "true")
class MathTypesettingBenchmark {

  private static final int WARM_UP_PASSES = Integer.getInteger("studyguide.benchmark.warmup", 2);

  @Test
  void twoThreadsTypesetTheSameAsOneAndFaster() {
    List<MathRequest> formulas = List.copyOf(new LinkedHashSet<>(Stream.concat(
        RealCorpusMathTest.spans("001", SourceFormat.MARKDOWN_QA).stream(),
        RealCorpusMathTest.spans("002", SourceFormat.PDF_STUDY_SHEET).stream())
        .map(TexSpans.Span::request).toList()));

    List<MathResult> oneThread = measure(formulas, 1);
    List<MathResult> twoThreads = measure(formulas, 2);

    assertThat(twoThreads).isEqualTo(oneThread);
  }

  private static List<MathResult> measure(List<MathRequest> formulas, int threads) {
    try (MathTypesetter typesetter = new MathTypesetter(MathCache.none(), threads)) {
      Clock first = Clock.start();
      List<MathResult> results = typesetter.typeset(formulas);
      String firstPass = first.stop();
      // The host JIT is still compiling GraalJS's interpreter after one pass; let it settle before timing.
      for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
        typesetter.typeset(formulas);
      }
      List<String> passes = new ArrayList<>();
      List<Long> walls = new ArrayList<>();
      for (int pass = 0; pass < 3; pass++) {
        Clock clock = Clock.start();
        assertThat(typesetter.typeset(formulas)).isEqualTo(results);
        passes.add(clock.stop());
        walls.add(clock.wallNanos);
      }
      double median = walls.stream().sorted().toList().get(1) / 1e6;
      System.out.printf("[math] %d thread(s), %d formulas: first pass with engine start %s; median of 3 "
              + "passes %.0f ms = %.2f ms/formula (passes %s)%n", threads, formulas.size(), firstPass, median,
          median / formulas.size(), passes);
      return results;
    }
  }

  /** Wall time, and CPU time of the whole process (JIT and GC threads included), which contention skews less. */
  private static final class Clock {
    private final long wallStart = System.nanoTime();
    private final long cpuStart = processCpuNanos();
    private long wallNanos;

    static Clock start() {
      return new Clock();
    }

    String stop() {
      wallNanos = System.nanoTime() - wallStart;
      return String.format("%d ms (cpu %d ms)", wallNanos / 1_000_000, (processCpuNanos() - cpuStart) / 1_000_000);
    }

    private static long processCpuNanos() {
      return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }
  }
}
