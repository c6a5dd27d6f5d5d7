package dev.studyguide.source.read;

import static dev.studyguide.source.read.WebItems.byLabel;
import static dev.studyguide.source.read.WebItems.cells;
import static dev.studyguide.source.read.WebItems.displayFormulas;
import static dev.studyguide.source.read.WebItems.inlineFormulas;
import static dev.studyguide.source.read.WebItems.tables;
import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Block;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inline;
import dev.studyguide.model.Inlines;
import dev.studyguide.model.Item;
import dev.studyguide.model.ItemIds;
import dev.studyguide.model.ItemKind;
import dev.studyguide.model.Skipped;
import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceFormat;
import dev.studyguide.model.SourceReading;
import dev.studyguide.source.RealSources;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web cheat sheet 003 as the reader sees it, checked against the source read by hand. */
class WebCheatSheetReaderTest {

  private static final String FILE = "003_dcea033053920c7d.txt";
  private static SourceReading reading;

  @BeforeAll
  static void read() {
    reading = new WebCheatSheetReader().read(RealSources.load("003", SourceFormat.WEB_CHEAT_SHEET));
  }

  @Test
  void makesOneNotePerSubHeadingInEachOfTheTwelveSections() {
    assertThat(reading.items()).hasSize(53).allMatch(i -> i.kind() == ItemKind.NOTE);
    Map<String, Integer> perSection = new LinkedHashMap<>();
    reading.items().forEach(i -> perSection.merge(i.sectionPath().get(0), 1, Integer::sum));
    assertThat(perSection).containsExactly(
        Map.entry("01 · Linear Systems & Matrices", 5),
        Map.entry("02 · Vector Spaces, Basis & Linear Independence", 4),
        Map.entry("03 · Distance & Similarity Measures", 3),
        Map.entry("04 · Inner Products & Orthogonality", 4),
        Map.entry("05 · Eigenvalues & Eigenvectors", 4),
        Map.entry("06 · Matrix Decompositions", 4),
        Map.entry("07 · Vector Calculus", 5),
        Map.entry("08 · Taylor Series & Approximations", 3),
        Map.entry("09 · Gradient Descent & Optimization", 6),
        Map.entry("10 · Constrained Optimization, Lagrange & KKT", 4),
        Map.entry("11 · Principal Component Analysis (PCA)", 5),
        Map.entry("12 · Support Vector Machines (SVM)", 6));
  }

  @Test
  void labelsJoinSectionNumberAndSubHeadingAndAreUnique() {
    List<String> labels = reading.items().stream().map(i -> i.source().label()).toList();
    assertThat(labels).doesNotHaveDuplicates()
        .startsWith("01 · Matrix Form of Linear System", "01 · Elementary Row Operations")
        .contains("05 · Key Properties", "11 · Key Properties", "02 · ML Relevance", "05 · ML Relevance")
        .endsWith("12 · SVM: Hard vs Soft vs Kernel — Quick Reference");
  }

  @Test
  void keyDistanceMeasuresFieldByField() {
    Item note = byLabel(reading, "03 · Key Distance Measures");
    assertThat(note.id()).isEqualTo(ItemIds.of(ItemKind.NOTE, FILE, "03 · Key Distance Measures"));
    assertThat(note.title()).isEqualTo("Key Distance Measures");
    assertThat(note.sectionPath()).containsExactly("03 · Distance & Similarity Measures");
    assertThat(note.prompt()).isEmpty();
    assertThat(note.followUps()).isEmpty();
    assertThat(note.source().fromLine()).isEqualTo(88);
    assertThat(note.source().toLine()).isEqualTo(95);
    assertThat(note.body()).hasSize(4).allMatch(Block.Paragraph.class::isInstance);
    Block.Paragraph euclidean = (Block.Paragraph) note.body().get(0);
    assertThat(euclidean.line()).isEqualTo(90);
    assertThat(euclidean.content()).containsExactly(
        new Inline.Styled(Inline.Style.STRONG, List.of(new Inline.Text("Euclidean:"))),
        new Inline.Text(" "),
        new Inline.Formula("d(i,j) = √Σ(xᵢₖ − xⱼₖ)²"));
    Block.Paragraph legend = (Block.Paragraph) note.body().get(2);
    assertThat(legend.content()).containsExactly(new Inline.Text("p = # attributes, m = # matches"));
    assertThat(inlineFormulas(note)).containsExactly(
        "d(i,j) = √Σ(xᵢₖ − xⱼₖ)²", "d(i,j) = (p − m) / p", "cos(θ) = ⟨x,y⟩ / (‖x‖‖y‖)");
  }

  @Test
  void bulletsBecomeOneListPerRun() {
    Item note = byLabel(reading, "01 · Elementary Row Operations");
    assertThat(note.source().fromLine()).isEqualTo(17);
    assertThat(note.source().toLine()).isEqualTo(22);
    assertThat(note.body()).hasSize(1);
    Block.ListBlock list = (Block.ListBlock) note.body().get(0);
    assertThat(list.ordered()).isFalse();
    assertThat(list.line()).isEqualTo(19);
    assertThat(list.items()).hasSize(4);
    Block.Paragraph first = (Block.Paragraph) list.items().get(0).blocks().get(0);
    assertThat(first.content()).containsExactly(new Inline.Formula("Rᵢ ↔ Rⱼ"), new Inline.Text(" — swap two rows"));
    Block.Paragraph last = (Block.Paragraph) list.items().get(3).blocks().get(0);
    assertThat(last.line()).isEqualTo(22);
    assertThat(Inlines.plainText(last.content())).isEqualTo("All are reversible · do not change solution set");
  }

  @Test
  void numberedBulletsAndNumberedLinesBecomeOrderedLists() {
    Block.ListBlock steps = (Block.ListBlock) byLabel(reading, "11 · Algorithm (Step-by-Step)").body().get(0);
    assertThat(steps.ordered()).isTrue();
    assertThat(steps.items()).hasSize(7);
    assertThat(Inlines.plainText(((Block.Paragraph) steps.items().get(0).blocks().get(0)).content()))
        .isEqualTo("Standardize: subtract mean μ_d, divide by σ_d per dimension");

    Item kkt = byLabel(reading, "10 · KKT Conditions (Inequality Constraints)");
    assertThat(kkt.body()).extracting(Block::line).containsExactly(371, 373, 374);
    assertThat(kkt.body().get(0)).isEqualTo(new Block.FormulaBlock("min f(x) s.t. gᵢ(x) ≤ 0, hⱼ(x) = 0", 371));
    Block.ListBlock conditions = (Block.ListBlock) kkt.body().get(2);
    assertThat(conditions.ordered()).isTrue();
    assertThat(conditions.items()).hasSize(4);
    assertThat(Inlines.plainText(((Block.Paragraph) conditions.items().get(3).blocks().get(0)).content()))
        .isEqualTo("Stationarity: ∇f(x*) + Σλᵢ*∇gᵢ + Σνⱼ*∇hⱼ = 0");
  }

  @Test
  void drawnJacobianStaysOneFormulaOverThreeLines() {
    Item jacobian = byLabel(reading, "07 · Jacobian");
    assertThat(displayFormulas(jacobian)).contains(new Block.FormulaBlock(
        "⎡∂f₁/∂x₁ … ∂f₁/∂xₙ ⎤\nJ = ⎢ ⋮ ⋮ ⎥\n⎣∂fₘ/∂x₁ … ∂fₘ/∂xₙ ⎦", 244));
  }

  @Test
  void sentencesStandingAloneAreContentNotSubHeadings() {
    assertThat(paragraphAt(byLabel(reading, "07 · Hessian"), 258))
        .isEqualTo("H is symmetric if f has continuous 2nd derivatives");
    assertThat(paragraphAt(byLabel(reading, "11 · PCA via SVD"), 424)).isEqualTo("→ compute PCA via SVD of X directly");
    assertThat(paragraphAt(byLabel(reading, "12 · Kernel Trick"), 496))
        .isEqualTo("Valid kernel must correspond to an inner product in some feature space");
  }

  @Test
  void recoversTheFourFlattenedTablesCellByCell() {
    List<Block.Table> all = reading.items().stream().flatMap(i -> tables(i).stream()).toList();
    assertThat(all).extracting(Block.Table::line).containsExactly(99, 211, 313, 500);
    assertThat(cells(tables(byLabel(reading, "03 · When to Use Which")).get(0))).containsExactly(
        List.of("Measure", "Best For"),
        List.of("Euclidean", "Continuous numerical attributes"),
        List.of("Simple dissimilarity", "Categorical / binary attributes"),
        List.of("Cosine similarity", "Text / high-dim sparse vectors (direction matters, not magnitude)"),
        List.of("Inner product", "When basis / inner product space is defined"));
    assertThat(cells(tables(byLabel(reading, "06 · Decompositions Compared")).get(0))).containsExactly(
        List.of("Decomposition", "Form", "Requirement", "Key Use in ML"),
        List.of("Cholesky", "A = LLᵀ", "Symmetric positive definite", "Gaussian sampling, fast solvers"),
        List.of("Eigendecomposition", "A = PDP⁻¹", "Square, n indep. eigenvectors", "PCA, spectral methods"),
        List.of("SVD", "A = UΣVᵀ", "Any matrix", "Dimensionality reduction, pseudo-inverse, low-rank approx"),
        List.of("LU", "A = LU", "Square (with pivoting for stability)", "Solving linear systems"));
    assertThat(cells(tables(byLabel(reading, "09 · Batch vs SGD vs Mini-Batch")).get(0))).containsExactly(
        List.of("Method", "Update Uses", "Pros", "Cons"),
        List.of("Batch GD", "All n samples", "Stable, smooth convergence", "Slow for large data"),
        List.of("SGD", "1 sample", "Fast, escapes local optima", "Noisy, oscillates"),
        List.of("Mini-Batch GD", "Batch of k samples", "Balance of both", "Hyperparameter k"));
  }

  @Test
  void rowLabelledTableGetsABlankCornerCellAndKeepsItsLastRow() {
    Item reference = byLabel(reading, "12 · SVM: Hard vs Soft vs Kernel — Quick Reference");
    assertThat(reference.source().toLine()).isEqualTo(505);
    Block.Table table = tables(reference).get(0);
    assertThat(table.header().get(0)).isEmpty();
    assertThat(cells(table)).containsExactly(
        List.of("", "Hard Margin", "Soft Margin", "Kernel SVM"),
        List.of("Data requirement", "Linearly separable", "Noisy / overlapping", "Non-linearly separable"),
        List.of("Objective", "min ½‖w‖²", "min ½‖w‖² + CΣξᵢ", "min ½‖w‖² + CΣξᵢ with K"),
        List.of("Hyperparameter", "None", "C (regularization)", "C + kernel params (σ, p…)"),
        List.of("Constraint violation", "Not allowed", "Allowed (penalized)", "Allowed (penalized)"),
        List.of("Decision boundary", "Linear", "Linear", "Non-linear in input space"));
  }

  @Test
  void formulaCellsAreFormulas() {
    Block.Table decompositions = tables(byLabel(reading, "06 · Decompositions Compared")).get(0);
    assertThat(decompositions.rows()).extracting(row -> row.get(1)).containsExactly(
        List.of(new Inline.Formula("A = LLᵀ")), List.of(new Inline.Formula("A = PDP⁻¹")),
        List.of(new Inline.Formula("A = UΣVᵀ")), List.of(new Inline.Formula("A = LU")));
    assertThat(decompositions.rows().get(0).get(0)).containsExactly(new Inline.Text("Cholesky"));
  }

  @Test
  void wholeFormulaLinesAreDisplayFormulas() {
    List<Integer> lines = reading.items().stream().flatMap(i -> displayFormulas(i).stream())
        .map(Block.FormulaBlock::line).toList();
    assertThat(lines).containsExactly(142, 160, 161, 162, 180, 189, 190, 198, 222, 225, 240, 242, 244, 254, 256,
        268, 283, 338, 371, 454, 456, 465, 467, 470, 477, 479);
    assertThat(displayFormulas(byLabel(reading, "09 · Momentum")))
        .containsExactly(new Block.FormulaBlock("θ_{t+1} = θ_t − α·v_t", 338));
  }

  @Test
  void formulaInsideProseIsMarkedAndTheProseAroundItIsNot() {
    Item unconstrained = byLabel(reading, "09 · Unconstrained Optimization");
    Block.Paragraph update = (Block.Paragraph) unconstrained.body().get(1);
    assertThat(update.line()).isEqualTo(309);
    assertThat(update.content()).containsExactly(new Inline.Formula("θ_{t+1} = θ_t − α·∇L(θ_t)"),
        new Inline.Text(" "), new Inline.Formula("α"), new Inline.Text(" = learning rate (step size)"));
    assertThat(inlineFormulas(byLabel(reading, "02 · ML Relevance"))).isEmpty();
    assertThat(inlineFormulas(byLabel(reading, "05 · Key Properties"))).containsExactly("Aᵀ", "det(A)", "trace(A)");
  }

  @Test
  void pageHeaderNavigationAndSectionTitlesAreSkippedWithTheirReasons() {
    assertThat(reading.skipped()).startsWith(
        new Skipped(1, 3, Skipped.Reason.FRONT_MATTER),
        new Skipped(5, 5, Skipped.Reason.FOOTER),
        new Skipped(6, 8, Skipped.Reason.STRUCTURE));
    assertThat(reading.skipped()).hasSize(14).contains(new Skipped(440, 442, Skipped.Reason.STRUCTURE));
    assertThat(reading.skipped().subList(2, 14)).allMatch(s -> s.reason() == Skipped.Reason.STRUCTURE);
  }

  @Test
  void accountsForEveryNonBlankLineWithoutDiagnostics() {
    assertThat(reading.diagnostics()).isEmpty();
    WebItems.assertEveryLineAccountedOnce(reading);
  }

  @Test
  void readingTwiceGivesTheSameItems() {
    SourceReading again = new WebCheatSheetReader().read(RealSources.load("003", SourceFormat.WEB_CHEAT_SHEET));
    assertThat(again.items()).isEqualTo(reading.items());
    assertThat(again.skipped()).isEqualTo(reading.skipped());
  }

  @Test
  void oddSheetsAreReadAsFarAsPossibleAndReported() {
    SourceReading odd = new WebCheatSheetReader().read(new SourceDocument("x.txt", "x", SourceFormat.WEB_CHEAT_SHEET,
        List.of("Page", "01", "02", "", "Basics", "", "An opening remark.", "", "Terms", "", "  • a", "",
            "Terms", "", "NameValue", "Alpha beta gamma")));
    assertThat(odd.items()).extracting(i -> i.source().label())
        .containsExactly("02 · Basics", "02 · Terms", "02 · Terms (line 13)");
    assertThat(odd.items().get(0).body()).containsExactly(
        new Block.Paragraph(List.of(new Inline.Text("An opening remark.")), 7));
    assertThat(odd.diagnostics()).extracting(Diagnostic::line).containsExactly(2, 13, 16);
    Block.Table table = tables(odd.items().get(2)).get(0);
    assertThat(cells(table)).containsExactly(List.of("Name", "Value"), List.of("Alpha beta gamma", ""));
    WebItems.assertEveryLineAccountedOnce(odd);
  }

  private static String paragraphAt(Item item, int line) {
    return item.body().stream().filter(b -> b.line() == line && b instanceof Block.Paragraph)
        .map(b -> Inlines.plainText(((Block.Paragraph) b).content())).findFirst().orElseThrow();
  }
}
