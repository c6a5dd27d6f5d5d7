package dev.studyguide.render.math;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceFormat;
import dev.studyguide.source.RealSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every TeX formula of the two sources that have any (001, 002), through KaTeX, cold and then warm. */
class RealCorpusMathTest {

  private static final String BROKEN_IS_FORMULA = "\\text{IS} = \\exp(\\mathbb{E}_x[D_{KL}(p(y|x}||p(y)))]).";

  @TempDir
  Path cacheDir;

  @Test
  void theScannerFindsTheFormulasOf001And002() {
    List<TexSpans.Span> markdown = spans("001", SourceFormat.MARKDOWN_QA);
    List<TexSpans.Span> studySheet = spans("002", SourceFormat.PDF_STUDY_SHEET);

    assertThat(markdown).hasSize(184).filteredOn(s -> s.request().display()).hasSize(40);
    assertThat(studySheet).hasSize(355).filteredOn(s -> s.request().display()).hasSize(223);
    assertThat(markdown.get(0)).isEqualTo(new TexSpans.Span(MathRequest.inline("y \\in {0,1}"), 13));
    assertThat(markdown.get(1))
        .isEqualTo(new TexSpans.Span(MathRequest.display(" p = \\hat{y} = \\sigma(w^T x) "), 14));
    assertThat(studySheet).contains(new TexSpans.Span(MathRequest.display(BROKEN_IS_FORMULA), 1774));
  }

  @Test
  void allButOneFormulaTypesetAndTheOneWithAnUnbalancedBraceFailsWithKatexsMessage() {
    List<Located> formulas = new ArrayList<>();
    spans("001", SourceFormat.MARKDOWN_QA).forEach(s -> formulas.add(new Located("001", s)));
    spans("002", SourceFormat.PDF_STUDY_SHEET).forEach(s -> formulas.add(new Located("002", s)));
    List<MathRequest> requests = formulas.stream().map(f -> f.span().request()).toList();
    int distinct = new HashSet<>(requests).size();

    long start = System.nanoTime();
    List<MathResult> cold;
    try (MathTypesetter typesetter = new MathTypesetter(MathCache.in(cacheDir), 2)) {
      cold = typesetter.typeset(requests);
      assertThat(typesetter.rendered()).isEqualTo(distinct);
    }
    long coldMillis = millisSince(start);

    List<String> failures = new ArrayList<>();
    for (int i = 0; i < formulas.size(); i++) {
      if (cold.get(i) instanceof MathResult.Failed failed) {
        failures.add(formulas.get(i).where() + " " + formulas.get(i).span().request() + " -> " + failed.message());
      }
    }
    assertThat(failures).containsExactly("002:1774 " + MathRequest.display(BROKEN_IS_FORMULA)
        + " -> KaTeX parse error: Expected 'EOF', got '}' at position 43: …_x[D_{KL}(p(y|x}\u0332||p(y)))]).");

    start = System.nanoTime();
    try (MathTypesetter typesetter = new MathTypesetter(MathCache.in(cacheDir), 2)) {
      assertThat(typesetter.typeset(requests)).isEqualTo(cold);
      assertThat(typesetter.engineStarted()).isFalse();
    }
    long warmMillis = millisSince(start);

    System.out.printf("[math] %d formulas (%d distinct) from 001+002: %d typeset, %d failed%n",
        requests.size(), distinct, requests.size() - failures.size(), failures.size());
    failures.forEach(f -> System.out.println("[math]   failed: " + f));
    System.out.printf("[math] cold (engine start + all, 2 threads): %d ms; warm cache: %d ms%n",
        coldMillis, warmMillis);
  }

  private record Located(String file, TexSpans.Span span) {
    String where() {
      return file + ":" + span.line();
    }
  }

  static List<TexSpans.Span> spans(String prefix, SourceFormat format) {
    SourceDocument document = RealSources.load(prefix, format);
    return TexSpans.scan(document.lines());
  }

  static long millisSince(long nanoStart) {
    return (System.nanoTime() - nanoStart) / 1_000_000;
  }
}
