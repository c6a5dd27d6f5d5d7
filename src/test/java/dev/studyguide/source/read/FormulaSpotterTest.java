package dev.studyguide.source.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Inline;
import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceFormat;
import dev.studyguide.source.RealSources;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which spans of real lines of 003 and 004 are formulas, and which prose stays prose. */
class FormulaSpotterTest {

  private static final SourceDocument CHEAT_SHEET = RealSources.load("003", SourceFormat.WEB_CHEAT_SHEET);
  private static final SourceDocument LESSON = RealSources.load("004", SourceFormat.WEB_QA);

  @Test
  void findsUnicodeFormulasInCheatSheetLines() {
    assertThat(formulas(CHEAT_SHEET.line(125)))
        .containsExactly("AᵀA = I = AAᵀ → Aᵀ = A⁻¹", "aᵢᵀaⱼ = δᵢⱼ");
    assertThat(formulas(CHEAT_SHEET.line(54))).containsExactly("Rⁿ = {(x₁,…,xₙ) : xᵢ∈R}");
    assertThat(formulas(CHEAT_SHEET.line(195))).containsExactly("σᵢ = √(eigenvalues of AᵀA)");
    assertThat(formulas(CHEAT_SHEET.line(35))).containsExactly("rank(A) < rank([A|b])", "[0…0 | c≠0]");
    assertThat(formulas(CHEAT_SHEET.line(438))).containsExactly("Σλ_m / Σλ_d ≥ 0.95");
    assertThat(formulas(CHEAT_SHEET.line(192))).containsExactly("Σ ∈ R^(m×n)", "σ₁≥σ₂≥…≥0");
  }

  @Test
  void findsAsciiFormulasInLessonLines() {
    assertThat(formulas(LESSON.line(12))).containsExactly("s_i = exp(z_i) / sum_j exp(z_j)", "ds_i/dz_j");
    assertThat(formulas(LESSON.line(32))).containsExactly("z = mu + sigma * epsilon (epsilon ~ N(0,1))");
    assertThat(formulas(LESSON.line(71))).containsExactly("I(X; h)", "I(h; Y)");
    assertThat(formulas(LESSON.line(76))).containsExactly("I(X; X+) - log(N)");
  }

  @Test
  void symbolDefinedInWordsAfterAFormulaIsAFormulaOfItsOwn() {
    assertThat(FormulaSpotter.inlines(CHEAT_SHEET.line(309))).containsExactly(
        new Inline.Formula("θ_{t+1} = θ_t − α·∇L(θ_t)"), new Inline.Text(" "), new Inline.Formula("α"),
        new Inline.Text(" = learning rate (step size)"));
  }

  @Test
  void functionSignaturesKeepTheirColon() {
    assertThat(formulas(CHEAT_SHEET.line(268))).containsExactly("h = f∘g", "g: Rⁿ→Rᵐ", "f: Rᵐ→Rᵏ");
    assertThat(formulas(CHEAT_SHEET.line(240))).containsExactly("f: Rⁿ → Rᵐ");
    assertThat(formulas(CHEAT_SHEET.line(403))).containsExactly("D×M"); // "B: D×M matrix" is no signature
  }

  @Test
  void proseWithAnEqualsSignOrArrowIsNotMarked() {
    for (int line : List.of(22, 30, 60, 76, 77, 93, 128, 224, 258, 264, 424, 431, 496)) {
      assertThat(formulas(CHEAT_SHEET.line(line))).as("003:" + line).isEmpty();
    }
    for (int line : List.of(2, 4, 7, 8, 38, 42, 56, 57, 74, 78, 80)) {
      assertThat(formulas(LESSON.line(line))).as("004:" + line).isEmpty();
    }
  }

  @Test
  void loneSymbolsAndWordsInProseStayProse() {
    assertThat(formulas("Requires A to be symmetric positive definite")).isEmpty();
    assertThat(formulas("the noise epsilon is independent")).isEmpty();
    assertThat(formulas("Setting gradient to zero → critical points (min, max, saddle)")).isEmpty();
    assertThat(formulas("det(A) = product of eigenvalues · trace(A) = sum of eigenvalues"))
        .containsExactly("det(A)", "trace(A)");
  }

  @Test
  void displayLineIsAllFormulaApartFromPunctuationConnectivesOrANamedResult() {
    assertThat(FormulaSpotter.isDisplayLine(LESSON.line(62))).isTrue();
    assertThat(FormulaSpotter.isDisplayLine(LESSON.line(30))).isTrue(); // ELBO = …
    assertThat(FormulaSpotter.isDisplayLine(CHEAT_SHEET.line(456))).isTrue(); // s.t. …
    assertThat(FormulaSpotter.isDisplayLine(CHEAT_SHEET.line(268))).isTrue();
    assertThat(FormulaSpotter.isDisplayLine(CHEAT_SHEET.line(309))).isFalse();
    assertThat(FormulaSpotter.isDisplayLine(LESSON.line(43))).isFalse(); // trailing "(first moment estimate)"
    assertThat(FormulaSpotter.isDisplayLine(CHEAT_SHEET.line(458))).isFalse(); // "Margin width = 2/‖w‖"
  }

  private static List<String> formulas(String text) {
    return FormulaSpotter.inlines(text).stream().filter(Inline.Formula.class::isInstance)
        .map(i -> ((Inline.Formula) i).text()).toList();
  }
}
