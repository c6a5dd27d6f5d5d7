package dev.studyguide.render.math;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.SourceFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Steady-state KaTeX cost per formula with 1 and 2 worker threads on the real formulas of 001 and 002
 * (median of 3 passes after a warm-up pass). Takes about half a minute, so it runs only on request:
 * {@code mvn -o test -Dtest=MathTypesettingBenchmark -Dstudyguide.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "studyguide.benchmark", matches = "true")
class MathTypesettingBenchmark {

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
      long start = System.nanoTime();
      List<MathResult> results = typesetter.typeset(formulas);
      long coldMillis = RealCorpusMathTest.millisSince(start);
      List<Long> passes = new ArrayList<>();
      for (int pass = 0; pass < 3; pass++) {
        start = System.nanoTime();
        assertThat(typesetter.typeset(formulas)).isEqualTo(results);
        passes.add(System.nanoTime() - start);
      }
      long median = passes.stream().sorted().toList().get(1);
      System.out.printf("[math] %d thread(s): first pass (with engine start) %d ms; then median %d ms for %d "
              + "formulas = %.2f ms/formula (passes %s ms)%n", threads, coldMillis, median / 1_000_000,
          formulas.size(), median / 1e6 / formulas.size(),
          passes.stream().map(n -> Long.toString(n / 1_000_000)).toList());
      return results;
    }
  }
}
