package dev.studyguide.source.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Block;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inline;
import dev.studyguide.model.Inlines;
import dev.studyguide.model.Item;
import dev.studyguide.model.ItemIds;
import dev.studyguide.model.ItemKind;
import dev.studyguide.model.Severity;
import dev.studyguide.model.Skipped;
import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceFormat;
import dev.studyguide.model.SourceReading;
import dev.studyguide.source.RealSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The study sheet exported from PDF (002), read as its author laid it out. */
class PdfStudySheetReaderTest {
  private static final String PROBABILITY = "Probability and Statistics for Machine Learning";

  private static SourceDocument document;
  private static SourceReading reading;

  @BeforeAll
  static void read() {
    document = RealSources.load("002", SourceFormat.PDF_STUDY_SHEET);
    reading = new PdfStudySheetReader().read(document);
  }

  @Test
  void everyBodySectionWithTextBecomesOneNote() {
    assertThat(reading.items()).hasSize(153);
    assertThat(reading.items()).allMatch(i -> i.kind() == ItemKind.NOTE && i.prompt().isEmpty());
    Map<String, Long> perChapter = reading.items().stream()
        .collect(Collectors.groupingBy(i -> i.source().label().split("\\.")[0], TreeMap::new,
            Collectors.counting()));
    // 160 TOC entries: chapters 1-4 and 1.12, 3.23 only group subsections; 5.2 has no text.
    assertThat(perChapter).containsExactly(
        Map.entry("1", 33L), Map.entry("2", 13L), Map.entry("3", 29L), Map.entry("4", 57L), Map.entry("5", 21L));
  }

  @Test
  void labelsAreTheSectionNumbersAndIdsComeFromThem() {
    List<String> labels = reading.items().stream().map(i -> i.source().label()).toList();
    assertThat(labels).doesNotHaveDuplicates();
    assertThat(labels).startsWith("1.1", "1.2", "1.3", "1.4").endsWith("5.19", "5.20", "5.21");
    assertThat(reading.items())
        .allMatch(i -> i.id().equals(ItemIds.of(ItemKind.NOTE, document.file(), i.source().label())));
  }

  @Test
  void bayesRuleIsANoteWithItsEnclosingSectionsAsPath() {
    Item bayes = note("1.12.3");
    assertThat(bayes.title()).isEqualTo("Bayes Rule");
    assertThat(bayes.sectionPath()).containsExactly(PROBABILITY, "Probability Math Rules");
    assertThat(bayes.source().file()).isEqualTo("002_4ee8b97069de0e12.txt");
    assertThat(range(bayes)).isEqualTo("404-408");
    assertThat(bayes.body()).containsExactly(
        new Block.MathBlock("P(A|B) = \\frac{P(A \\cap B)}{P(B)}, \\text{ if } P(B) \\neq 0,", 406),
        new Block.MathBlock("P(A|B) = \\frac{P(B|A)P(A)}{P(B)}, \\text{ if } P(B) \\neq 0.", 408));
  }

  @Test
  void typeOneAndTwoErrorIsABulletList() {
    Item errors = note("1.1");
    assertThat(errors.title()).isEqualTo("Type 1 and Type 2 Error");
    assertThat(errors.sectionPath()).containsExactly(PROBABILITY);
    assertThat(range(errors)).isEqualTo("175-178");
    Block.ListBlock list = (Block.ListBlock) errors.body().get(0);
    assertThat(list.ordered()).isFalse();
    assertThat(list.items()).extracting(PdfStudySheetReaderTest::firstText)
        .containsExactly("Type 1 error: False Positives", "Type 2 error: False Negatives");
  }

  @Test
  void probabilityDistributionsMixesListsFormulasAndWhereParagraphs() {
    Item distributions = note("1.2");
    assertThat(range(distributions)).isEqualTo("180-254"); // the floated table went to 1.3
    assertThat(types(distributions.body()).subList(0, 5))
        .containsExactly("ListBlock", "MathBlock", "Paragraph", "ListBlock", "MathBlock");
    Block.ListBlock first = (Block.ListBlock) distributions.body().get(0);
    assertThat(first.items().get(0).blocks().get(0)).isEqualTo(new Block.Paragraph(
        List.of(new Inline.Styled(Inline.Style.STRONG, List.of(new Inline.Text("Beta:")))), 182));
    assertThat(distributions.body().get(1)).isEqualTo(new Block.MathBlock(
        "f(x; \\alpha, \\beta) = \\frac{x^{\\alpha-1}(1-x)^{\\beta-1}}{B(\\alpha, \\beta)}", 186));
    assertThat(distributions.body().get(2)).isEqualTo(new Block.Paragraph(List.of(
        new Inline.Text("where "),
        new Inline.Math("B(\\alpha, \\beta) = \\int_0^1 t^{\\alpha-1}(1-t)^{\\beta-1}dt", 188),
        new Inline.Text(" is the Beta function.")), 188));
  }

  @Test
  void conjugatePriorTableFloatedAboveItsHeadingBelongsToItsSection() {
    Item priors = note("1.3");
    assertThat(priors.title()).isEqualTo("Common Conjugate Priors");
    assertThat(range(priors)).isEqualTo("256-266");
    assertThat(priors.body()).hasSize(1);
    Block.Table table = (Block.Table) priors.body().get(0);
    assertThat(table.line()).isEqualTo(256);
    assertThat(Inlines.plainText(table.caption())).isEqualTo("Table 1: Common Conjugate Priors");
    assertThat(table.header()).extracting(Inlines::plainText).containsExactly("Likelihood", "Prior", "Posterior");
    assertThat(table.rows()).extracting(row -> row.stream().map(Inlines::plainText).toList()).containsExactly(
        List.of("Binomial/Bernoulli", "Beta", "Beta"),
        List.of("Normal", "Normal", "Normal"),
        List.of("Normal", "Normal-Inverse-Gamma", "Normal-Inverse-Gamma"),
        List.of("Poisson", "Gamma", "Gamma"),
        List.of("Categorical/Multinomial", "Dirichlet", "Dirichlet"),
        List.of("Multivariate Normal", "Wishart", "Wishart"));
  }

  @Test
  void reinforcementLearningChapterHasTextOfItsOwnSoItIsANote() {
    Item chapter = note("5");
    assertThat(chapter.title()).isEqualTo("Reinforcement Learning");
    assertThat(chapter.sectionPath()).isEmpty();
    assertThat(range(chapter)).isEqualTo("1965-1981");
    assertThat(types(chapter.body())).containsExactly("ListBlock", "MathBlock", "Paragraph", "ListBlock");
    assertThat(Inlines.plainText(((Block.Paragraph) chapter.body().get(2)).content()))
        .isEqualTo("where γ is the discount factor.");
  }

  @Test
  void tdLearningNumberedPointsKeepTheirBulletsFormulasAndWhereClauses() {
    Item td = note("5.11");
    assertThat(td.sectionPath()).containsExactly("Reinforcement Learning");
    assertThat(range(td)).isEqualTo("2063-2096");
    assertThat(td.body()).hasSize(1);
    Block.ListBlock points = (Block.ListBlock) td.body().get(0);
    assertThat(points.ordered()).isTrue();
    assertThat(points.items()).extracting(PdfStudySheetReaderTest::firstText).containsExactly(
        "Combines Monte Carlo and Dynamic Programming (DP):", "Incremental Updates:", "Bootstrapping:",
        "Key Algorithms:");
    List<Block> second = points.items().get(1).blocks();
    assertThat(types(second)).containsExactly("Paragraph", "ListBlock", "MathBlock", "Paragraph", "ListBlock");
    assertThat(second.get(2).line()).isEqualTo(2075);
    assertThat(((Block.ListBlock) second.get(4)).items()).hasSize(5);
  }

  @Test
  void backpropagationStepsStayOneNumberedListAcrossTheirFormula() {
    Item backprop = note("4.1");
    assertThat(range(backprop)).isEqualTo("1152-1166");
    assertThat(types(backprop.body())).containsExactly("ListBlock", "MathBlock", "Paragraph");
    Block.ListItem stepsItem = ((Block.ListBlock) backprop.body().get(0)).items().get(1);
    Block.ListBlock steps = (Block.ListBlock) stepsItem.blocks().get(1);
    assertThat(steps.ordered()).isTrue();
    assertThat(steps.items()).hasSize(4); // " 3." then "4." after the chain-rule formula
    assertThat(steps.items().get(2).blocks().get(1).line()).isEqualTo(1160);
    assertThat(firstText(steps.items().get(3))).isEqualTo("Weight Update: Update weights using gradient descent:");
  }

  @Test
  void selfOrganizingMapProcessIsFiveNumberedSteps() {
    Item som = note("3.23.6");
    assertThat(som.sectionPath()).containsExactly("Traditional Machine Learning", "Clustering");
    assertThat(range(som)).isEqualTo("1118-1148");
    Block.ListItem process = ((Block.ListBlock) som.body().get(0)).items().get(2);
    Block.ListBlock steps = (Block.ListBlock) process.blocks().get(1);
    assertThat(steps.items()).extracting(PdfStudySheetReaderTest::firstText).containsExactly(
        "Initialize weights randomly.", "Sample input data.", "Find best matching unit (BMU) (closest node):",
        "Update weights of BMU and its neighbors:", "Repeat until convergence.");
  }

  @Test
  void multiLineDisplayFormulaIsOneMathBlockByteExact() {
    Item yolo = note("4.31");
    Block.MathBlock loss = (Block.MathBlock) yolo.body().get(1);
    assertThat(loss.line()).isEqualTo(1730);
    String source = String.join("\n", document.lines().subList(1729, 1736));
    assertThat("$$" + loss.tex() + "$$").isEqualTo(source);
    assertThat(loss.tex()).startsWith("\\begin{aligned}\n\\mathcal{L} &=").endsWith("\n\\end{aligned}");
  }

  @Test
  void aBulletMarkerAloneCarriesTheFormulaBelowIt() {
    Block.ListBlock list = (Block.ListBlock) note("1.15").body().get(0);
    assertThat(list.items().get(1).blocks()).containsExactly(
        new Block.MathBlock("\\sum_{i=1}^n \\frac{X_i - n\\mu}{\\sqrt{n\\sigma^2}}", 454));
  }

  @Test
  void headingsThatOnlyGroupSubsectionsAreStructure() {
    assertThat(skipped(Skipped.Reason.STRUCTURE)).containsExactly(
        new Skipped(173, 173, Skipped.Reason.STRUCTURE), // 1 Probability and Statistics ...
        new Skipped(388, 388, Skipped.Reason.STRUCTURE), // 1.12 Probability Math Rules
        new Skipped(576, 576, Skipped.Reason.STRUCTURE), // 2 Linear Algebra ...
        new Skipped(718, 718, Skipped.Reason.STRUCTURE), // 3 Traditional Machine Learning
        new Skipped(1038, 1038, Skipped.Reason.STRUCTURE), // 3.23 Clustering
        new Skipped(1150, 1150, Skipped.Reason.STRUCTURE)); // 4 Deep Learning
  }

  @Test
  void titleIntroductionAndContentsAreSkipped() {
    assertThat(skipped(Skipped.Reason.FRONT_MATTER)).containsExactly(new Skipped(3, 5, Skipped.Reason.FRONT_MATTER));
    assertThat(skipped(Skipped.Reason.TABLE_OF_CONTENTS))
        .containsExactly(new Skipped(7, 171, Skipped.Reason.TABLE_OF_CONTENTS));
  }

  @Test
  void theFullStopAFormulaLostToItsOwnLineIsDecoration() {
    assertThat(document.line(755)).isEqualTo(".");
    assertThat(skipped(Skipped.Reason.DECORATION)).containsExactly(new Skipped(755, 755, Skipped.Reason.DECORATION));
    assertThat(range(note("3.4"))).isEqualTo("745-759");
  }

  @Test
  void reportsTheEmptySectionAndTheOneMalformedFormulaOnly() {
    assertThat(reading.diagnostics()).extracting(Diagnostic::severity, Diagnostic::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, 1774),
        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, 1987));
    assertThat(reading.diagnostics().get(0).message())
        .contains("unbalanced braces").contains("p(y|x}||p(y)");
    assertThat(reading.diagnostics().get(1).message()).contains("5.2").contains("Value vs. Policy Based RL");
    assertThat(reading.items()).noneMatch(i -> i.source().label().equals("5.2"));
  }

  @Test
  void theMalformedFormulaIsKeptVerbatim() {
    Block.ListBlock list = (Block.ListBlock) note("4.33").body().get(0);
    assertThat(list.items().get(0).blocks().get(1)).isEqualTo(new Block.MathBlock(
        "\\text{IS} = \\exp(\\mathbb{E}_x[D_{KL}(p(y|x}||p(y)))]).", 1774));
  }

  @Test
  void everyNonBlankLineIsInANoteASkippedSpanOrADiagnostic() {
    List<Integer> unaccounted = new ArrayList<>();
    for (int n = 1; n <= document.lines().size(); n++) {
      int line = n;
      boolean accounted = document.line(n).isBlank()
          || reading.items().stream().anyMatch(i -> i.source().fromLine() <= line && line <= i.source().toLine())
          || reading.skipped().stream().anyMatch(s -> s.fromLine() <= line && line <= s.toLine())
          || reading.diagnostics().stream().anyMatch(d -> d.line() == line);
      if (!accounted) {
        unaccounted.add(n);
      }
    }
    assertThat(unaccounted).isEmpty();
  }

  @Test
  void noteRangesDoNotOverlapAndFollowTheBody() {
    List<Item> byLine = reading.items().stream()
        .sorted((a, b) -> Integer.compare(a.source().fromLine(), b.source().fromLine())).toList();
    for (int k = 1; k < byLine.size(); k++) {
      assertThat(byLine.get(k).source().fromLine()).isGreaterThan(byLine.get(k - 1).source().toLine());
    }
    assertThat(byLine).isEqualTo(reading.items());
  }

  @Test
  void readingTwiceGivesTheSameResult() {
    assertThat(new PdfStudySheetReader().read(document)).isEqualTo(reading);
  }

  @Test
  void noTextLeftInTheNotesStillCarriesABackslashCommand() {
    List<String> texts = new ArrayList<>();
    reading.items().forEach(i -> i.body().forEach(b -> MathCollector.texts(b, texts)));
    assertThat(texts).noneMatch(t -> t.matches("(?s).*\\\\[A-Za-z].*"));
  }

  static Item note(String label) {
    return reading.items().stream().filter(i -> i.source().label().equals(label)).findFirst().orElseThrow();
  }

  static String range(Item item) {
    return item.source().fromLine() + "-" + item.source().toLine();
  }

  static List<String> types(List<Block> blocks) {
    return blocks.stream().map(b -> b.getClass().getSimpleName()).toList();
  }

  static String firstText(Block.ListItem item) {
    return Inlines.plainText(((Block.Paragraph) item.blocks().get(0)).content());
  }

  static List<Skipped> skipped(Skipped.Reason reason) {
    return reading.skipped().stream().filter(s -> s.reason() == reason).toList();
  }
}
