package dev.studyguide.render.math;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.SourceFormat;
import dev.studyguide.source.RealSources;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KatexRendererTest {

  private static KatexRenderer katex;

  @BeforeAll
  static void startKatex() {
    katex = new KatexRenderer();
  }

  @AfterAll
  static void stopKatex() {
    katex.close();
  }

  @Test
  void rendersAnInlineFractionAsKatexHtmlWithMathml() {
    String html = html(katex.render(MathRequest.inline("\\frac{a}{b}")));

    assertThat(html).startsWith("<span class=\"katex\">").doesNotContain("katex-display");
    assertThat(html).contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\">")
        .contains("<mfrac><mi>a</mi><mi>b</mi></mfrac>")
        .contains("<annotation encoding=\"application/x-tex\">\\frac{a}{b}</annotation>")
        .contains("<span class=\"katex-html\" aria-hidden=\"true\">")
        .contains("class=\"mfrac\"");
  }

  @Test
  void rendersADisplayFractionInsideAKatexDisplayBlock() {
    String html = html(katex.render(MathRequest.display("\\frac{a}{b}")));

    assertThat(html).startsWith("<span class=\"katex-display\"><span class=\"katex\">");
    assertThat(html).contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">")
        .contains("<mfrac><mi>a</mi><mi>b</mi></mfrac>");
  }

  @Test
  void anUnclosedBraceIsAFailureCarryingKatexsOwnMessage() {
    MathResult result = katex.render(MathRequest.inline("x^{2"));

    assertThat(result).isEqualTo(
        new MathResult.Failed("KaTeX parse error: Expected '}', got 'EOF' at end of input: x^{2"));
    assertThat(result.succeeded()).isFalse();
  }

  @Test
  void anUndefinedCommandIsAFailureNotAnException() {
    MathResult result = katex.render(MathRequest.display("\\notacommand{x}"));

    assertThat(result).isInstanceOf(MathResult.Failed.class);
    assertThat(((MathResult.Failed) result).message())
        .startsWith("KaTeX parse error: Undefined control sequence: \\notacommand at position 1");
  }

  @Test
  void theEngineRunsTheKatexOfTheWebjar() {
    assertThat(katex.katexVersion()).isEqualTo(KatexAssets.VERSION);
  }

  @Test
  void twoThreadsRenderingAtOnceGetWhatOneThreadGets() throws Exception {
    List<MathRequest> formulas = realFormulasOf001();
    List<MathResult> sequential = formulas.stream().map(katex::render).toList();

    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<MathResult>>> runs = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        runs.add(pool.submit(() -> {
          together.await();
          return formulas.stream().map(katex::render).toList();
        }));
      }
      for (Future<List<MathResult>> run : runs) {
        assertThat(run.get()).isEqualTo(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(katex.contexts()).as("one context per thread rendering at the same time").isEqualTo(2);
  }

  @Test
  void aSecondEngineRendersTheSameBytes() {
    List<MathRequest> formulas = realFormulasOf001().subList(0, 40);
    List<MathResult> first = formulas.stream().map(katex::render).toList();

    try (KatexRenderer other = new KatexRenderer()) {
      assertThat(formulas.stream().map(other::render).toList()).isEqualTo(first);
    }
  }

  private static List<MathRequest> realFormulasOf001() {
    return TexSpans.scan(RealSources.load("001", SourceFormat.MARKDOWN_QA).lines()).stream()
        .map(TexSpans.Span::request).toList();
  }

  private static String html(MathResult result) {
    assertThat(result).isInstanceOf(MathResult.Rendered.class);
    return ((MathResult.Rendered) result).html();
  }
}
