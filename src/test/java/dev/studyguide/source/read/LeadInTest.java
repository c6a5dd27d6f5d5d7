package dev.studyguide.source.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which "Term: …" openings of 003 and 004 are a bold lead-in. */
class LeadInTest {

  @Test
  void termsBeforeAColonAreLeadIns() {
    assertThat(lead("Compact form: The Jacobian is J = diag(s) - ssᵀ")).isEqualTo("Compact form:");
    assertThat(lead("Case 1 (i = j): Using the quotient rule")).isEqualTo("Case 1 (i = j):");
    assertThat(lead("Simple dissim (categorical): d(i,j) = (p − m) / p")).isEqualTo("Simple dissim (categorical):");
  }

  @Test
  void symbolsSentencesAndLoneLabelsAreNot() {
    assertThat(LeadIn.length("U ∈ R^(m×m): left singular vectors (orthogonal)")).isZero();
    assertThat(LeadIn.length("L: lower triangular with positive diagonal")).isZero();
    assertThat(LeadIn.length("Why this helps transformers:")).isZero();
    assertThat(LeadIn.length("The Data Processing Inequality (DPI) states that for a Markov chain X → Y → Z: I(X; Z)"))
        .isZero();
  }

  private static String lead(String text) {
    return text.substring(0, LeadIn.length(text));
  }
}
