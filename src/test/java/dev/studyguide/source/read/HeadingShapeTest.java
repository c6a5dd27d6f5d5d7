package dev.studyguide.source.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Heading-shaped lines of 003 and 004, and the sentences and formulas standing alone that are not. */
class HeadingShapeTest {

  @Test
  void recognisesTheSourcesHeadings() {
    assertThat(HeadingShape.matches("Norms (from inner products)")).isTrue();
    assertThat(HeadingShape.matches("Batch vs SGD vs Mini-Batch")).isTrue();
    assertThat(HeadingShape.matches("2nd-Order Multivariate Taylor")).isTrue();
    assertThat(HeadingShape.matches("SVM: Hard vs Soft vs Kernel — Quick Reference")).isTrue();
    assertThat(HeadingShape.matches("Probability & Statistics")).isTrue();
  }

  @Test
  void rejectsSentencesFormulasAndLeadIns() {
    assertThat(HeadingShape.matches("H is symmetric if f has continuous 2nd derivatives")).isFalse();
    assertThat(HeadingShape.matches("Minimize f(x) subject to g(x) = 0")).isFalse();
    assertThat(HeadingShape.matches("Av = λv (v ≠ 0)")).isFalse();
    assertThat(HeadingShape.matches("→ compute PCA via SVD of X directly")).isFalse();
    assertThat(HeadingShape.matches("Why this helps transformers:")).isFalse();
    assertThat(HeadingShape.matches("Hinge loss form (unconstrained):")).isFalse();
  }
}
