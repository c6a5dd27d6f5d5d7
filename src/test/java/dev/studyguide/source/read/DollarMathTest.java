package dev.studyguide.source.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cutting {@code $…$} and {@code $$…$$} TeX out of exported prose. */
class DollarMathTest {

  @Test
  void cutsInlineTexOutByteExactWithoutDelimiters() {
    DollarMath.Scan scan = DollarMath.scan("Maximize $Q(\\theta|\\theta^{(t)})$ with respect to θ");
    assertThat(scan.pieces()).containsExactly(
        new DollarMath.Prose("Maximize ", 0),
        new DollarMath.Tex("Q(\\theta|\\theta^{(t)})", false, 9),
        new DollarMath.Prose(" with respect to θ", 33));
    assertThat(scan.unclosed()).isEmpty();
  }

  @Test
  void doubleDollarsInsideProseAreDisplayTex() {
    DollarMath.Scan scan = DollarMath.scan("so $$a = b$$ and $c$");
    assertThat(scan.pieces()).extracting(p -> p.getClass().getSimpleName())
        .containsExactly("Prose", "Tex", "Prose", "Tex");
    assertThat(((DollarMath.Tex) scan.pieces().get(1)).display()).isTrue();
    assertThat(((DollarMath.Tex) scan.pieces().get(3)).tex()).isEqualTo("c");
  }

  @Test
  void anEscapedDollarIsProse() {
    DollarMath.Scan scan = DollarMath.scan("costs \\$5 and $x$");
    assertThat(scan.pieces()).containsExactly(new DollarMath.Prose("costs \\$5 and ", 0),
        new DollarMath.Tex("x", false, 14));
  }

  @Test
  void anUnclosedDollarSwallowsNothingAndIsReported() {
    DollarMath.Scan scan = DollarMath.scan("prices start at $5 per item");
    assertThat(scan.pieces()).containsExactly(new DollarMath.Prose("prices start at $5 per item", 0));
    assertThat(scan.unclosed()).containsExactly(new DollarMath.Unclosed(16, false));
  }

  @Test
  void aPriceIsNotTheStartOfAFormula() {
    DollarMath.Scan scan = DollarMath.scan("It costs $5 per run, or $x$.");
    assertThat(scan.unclosed()).containsExactly(new DollarMath.Unclosed(9, false));
    assertThat(scan.pieces()).containsExactly(new DollarMath.Prose("It costs $5 per run, or ", 0),
        new DollarMath.Tex("x", false, 24), new DollarMath.Prose(".", 27));
  }

  @Test
  void anUnclosedDisplayStillLetsLaterInlineTexThrough() {
    DollarMath.Scan scan = DollarMath.scan("$$x = 1 and $y$");
    assertThat(scan.unclosed()).containsExactly(new DollarMath.Unclosed(0, true));
    assertThat(scan.pieces()).containsExactly(new DollarMath.Prose("$$x = 1 and ", 0),
        new DollarMath.Tex("y", false, 12));
  }

  @Test
  void bracesMustPairUpEscapedOnesAside() {
    assertThat(DollarMath.bracesBalance("\\frac{a}{b} \\in \\{0, 1\\}")).isTrue();
    assertThat(DollarMath.bracesBalance("\\text{IS} = \\exp(\\mathbb{E}_x[D_{KL}(p(y|x}||p(y)))]).")).isFalse();
    assertThat(DollarMath.bracesBalance("\\frac{a")).isFalse();
  }
}
