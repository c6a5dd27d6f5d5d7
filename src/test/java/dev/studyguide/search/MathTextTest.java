package dev.studyguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Formulas of the real sources (byte-exact TeX, file:line given) as the readable text snippets show and the index reads. */
class MathTextTest {

  @Test
  void greekLettersAccentsAndSuperscriptsReadAsUnicode() {
    // 001:14
    assertThat(MathText.of(" p = \\hat{y} = \\sigma(w^T x) ")).isEqualTo("p = ŷ = σ(wᵀ x)");
    // 001:251
    assertThat(MathText.of("\\frac{1}{1-p}")).isEqualTo("1/(1-p)");
    // 001:328
    assertThat(MathText.of("Var(W) = \\frac{1}{n_{in}}")).isEqualTo("Var(W) = 1/nᵢₙ");
  }

  @Test
  void wordsInsideTextAndOperatorsStayWordsAndArgMaxIsOneWord() {
    // 002:1476
    assertThat(MathText.of("\\text{Attention}(Q, K, V) = \\text{softmax}\\left(\\frac{QK^T}{\\sqrt{d_k}}\\right)V."))
        .isEqualTo("Attention(Q, K, V) = softmax(QKᵀ/√dₖ)V.");
    // 002:307 and 002:321
    assertThat(MathText.of("\\hat{\\theta} = \\arg \\max_{\\theta} \\ell(\\theta)")).isEqualTo("θ̂ = argmax_θ ℓ(θ)");
    assertThat(MathText.of("\\theta_{\\text{MAP}} = \\arg \\max_{\\theta} P(\\theta|D)"))
        .isEqualTo("θ_MAP = argmax_θ P(θ|D)");
    // 002:347
    assertThat(MathText.of("D_{KL}(P\\|Q) = \\sum_x P(x) \\log \\frac{P(x)}{Q(x)}."))
        .isEqualTo("D_KL(P‖Q) = ∑ₓ P(x) log P(x)/Q(x).");
  }

  @Test
  void texSyntaxLeavesNoWordsBehind() {
    // 002:353
    String text = MathText.of("\\mathcal{L}(q) = \\mathbb{E}_{q(z)}[\\log P(x|z)] - D_{KL}(q(z)\\|P(z)).");
    assertThat(text).isEqualTo("L(q) = 𝔼_(q(z))[log P(x|z)] - D_KL(q(z)‖P(z)).");
    assertThat(MathText.of("\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}")).isEqualTo("a b; c d");
    assertThat(MathText.of("\\displaystyle\\unknowncommand{x}")).isEqualTo("x");
  }

  @Test
  void aFormulaKatexRejectsStillReadsWithoutFailing() {
    // 002:1774, an unbalanced brace
    assertThat(MathText.of("\\text{IS} = \\exp(\\mathbb{E}_x[D_{KL}(p(y|x}||p(y)))])."))
        .isEqualTo("IS = exp(𝔼ₓ[D_KL(p(y|x||p(y)))]).");
    assertThat(MathText.of("x^")).isEqualTo("x");
    assertThat(MathText.of("\\frac{")).isEqualTo("/");
  }
}
