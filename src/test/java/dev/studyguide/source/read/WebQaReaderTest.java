package dev.studyguide.source.read;

import static dev.studyguide.source.read.WebItems.byLabel;
import static dev.studyguide.source.read.WebItems.displayFormulas;
import static dev.studyguide.source.read.WebItems.inlineFormulas;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web lesson 004 as the reader sees it, checked against the source read by hand. */
class WebQaReaderTest {

  private static final String FILE = "004_305d9cc0fafbdfad.txt";
  private static SourceDocument source;
  private static SourceReading reading;

  @BeforeAll
  static void read() {
    source = RealSources.load("004", SourceFormat.WEB_QA);
    reading = new WebQaReader().read(source);
  }

  @Test
  void readsTenQuestionsAndFiveCategoryNotesInSourceOrder() {
    assertThat(reading.items()).extracting(i -> i.source().label()).containsExactly(
        "Linear Algebra", "Q1", "Q2", "Q3", "Probability & Statistics", "Q4", "Q5", "Optimization", "Q6", "Q7",
        "Information Theory", "Q8", "Q9", "Q10", "Key Takeaways");
    assertThat(reading.items().stream().filter(Item::isQuestion)).hasSize(10);
    assertThat(reading.items()).extracting(i -> i.source().fromLine() + "-" + i.source().toLine()).containsExactly(
        "3-4", "5-10", "11-16", "17-22", "23-24", "25-32", "33-38", "39-40", "41-50", "51-57", "58-59", "60-66",
        "67-72", "73-78", "79-84");
  }

  @Test
  void questionsHaveNoTitleAndTheirCategoryAsSectionPath() {
    assertThat(reading.items().stream().filter(Item::isQuestion))
        .allMatch(q -> q.title().isEmpty() && q.followUps().isEmpty());
    assertThat(byLabel(reading, "Q3").sectionPath()).containsExactly("Linear Algebra");
    assertThat(byLabel(reading, "Q5").sectionPath()).containsExactly("Probability & Statistics");
    assertThat(byLabel(reading, "Q7").sectionPath()).containsExactly("Optimization");
    assertThat(byLabel(reading, "Q10").sectionPath()).containsExactly("Information Theory");
  }

  @Test
  void softmaxGradientQuestionFieldByField() {
    Item q2 = byLabel(reading, "Q2");
    assertThat(q2.id()).isEqualTo(ItemIds.of(ItemKind.QUESTION, FILE, "Q2"));
    assertThat(q2.kind()).isEqualTo(ItemKind.QUESTION);
    assertThat(q2.prompt()).containsExactly(new Inline.Text("Derive the gradient of the softmax function."));
    assertThat(q2.body()).extracting(Block::line).containsExactly(12, 13, 14, 15, 16);
    Block.Paragraph answer = (Block.Paragraph) q2.body().get(0);
    assertThat(answer.content()).containsExactly(new Inline.Text("Let "),
        new Inline.Formula("s_i = exp(z_i) / sum_j exp(z_j)"), new Inline.Text(". We need "),
        new Inline.Formula("ds_i/dz_j"), new Inline.Text("."));
    Block.Paragraph case1 = (Block.Paragraph) q2.body().get(1);
    assertThat(case1.content().get(0)).isEqualTo(new Inline.Styled(Inline.Style.STRONG,
        List.of(new Inline.Text("Case 1 ("), new Inline.Formula("i = j"), new Inline.Text("):"))));
  }

  @Test
  void answerLeadIsDroppedAndBulletsBecomeOneList() {
    Item q1 = byLabel(reading, "Q1");
    assertThat(q1.prompt()).containsExactly(new Inline.Text("Why does the SVD matter for machine learning?"));
    assertThat(q1.body()).hasSize(2);
    assertThat(Inlines.plainText(((Block.Paragraph) q1.body().get(0)).content())).startsWith(
        "The singular value decomposition A = UΣVᵀ decomposes any matrix");
    Block.ListBlock uses = (Block.ListBlock) q1.body().get(1);
    assertThat(uses.ordered()).isFalse();
    assertThat(uses.items()).hasSize(4);
    Block.Paragraph first = (Block.Paragraph) uses.items().get(0).blocks().get(0);
    assertThat(first.line()).isEqualTo(7);
    assertThat(first.content().get(0))
        .isEqualTo(new Inline.Styled(Inline.Style.STRONG, List.of(new Inline.Text("Low-rank approximation:"))));
  }

  @Test
  void adamQuestionKeepsFormulaLinesParagraphsAndList() {
    Item q6 = byLabel(reading, "Q6");
    assertThat(q6.body()).extracting(b -> b.getClass().getSimpleName() + "@" + b.line()).containsExactly(
        "Paragraph@42", "Paragraph@43", "Paragraph@44", "FormulaBlock@45", "Paragraph@46", "ListBlock@47",
        "Paragraph@50");
    assertThat(((Block.Paragraph) q6.body().get(1)).content()).containsExactly(
        new Inline.Formula("m_t = beta_1 * m_{t-1} + (1-beta_1) * g_t"), new Inline.Text(" (first moment estimate)"));
    assertThat(q6.body().get(3)).isEqualTo(new Block.FormulaBlock("update = m_t / (sqrt(v_t) + epsilon)", 45));
  }

  @Test
  void categoryIntroductionsAreNotes() {
    Item algebra = byLabel(reading, "Linear Algebra");
    assertThat(algebra.kind()).isEqualTo(ItemKind.NOTE);
    assertThat(algebra.id()).isEqualTo(ItemIds.of(ItemKind.NOTE, FILE, "Linear Algebra"));
    assertThat(algebra.title()).isEqualTo("Linear Algebra");
    assertThat(algebra.sectionPath()).containsExactly("Linear Algebra");
    assertThat(algebra.prompt()).isEmpty();
    assertThat(algebra.body()).containsExactly(new Block.Paragraph(List.of(new Inline.Text(
        "Linear algebra is the language of deep learning. Every forward pass, backward pass, and parameter update "
            + "is a linear algebra operation. Interviewers expect you to be fluent.")), 4));
    Block.ListBlock takeaways = (Block.ListBlock) byLabel(reading, "Key Takeaways").body().get(0);
    assertThat(takeaways.items()).hasSize(5);
  }

  @Test
  void restoresTheTransposeWrittenAsSuperscriptOne() {
    assertThat(source.lines().stream().mapToLong(l -> l.chars().filter(c -> c == '¹').count()).sum()).isEqualTo(2);
    assertThat(reading.document().lines()).noneMatch(l -> l.contains("¹"));
    assertThat(inlineFormulas(byLabel(reading, "Q1"))).contains("A = UΣVᵀ");
    assertThat(inlineFormulas(byLabel(reading, "Q2"))).contains("J = diag(s) - ssᵀ");
    assertThat(reading.document().line(15)).contains("J = diag(s) - ssᵀ, where s is the softmax output vector");
  }

  @Test
  void wholeFormulaLinesAreDisplayFormulas() {
    List<Block.FormulaBlock> display = reading.items().stream().flatMap(i -> displayFormulas(i).stream()).toList();
    assertThat(display).extracting(Block.FormulaBlock::line).containsExactly(28, 30, 35, 45, 54, 62);
    assertThat(display.get(1).text()).isEqualTo("ELBO = E_q[log p(x|z)] - KL(q(z|x) || p(z))");
    assertThat(display.get(4).text())
        .isEqualTo("min_{t=1..T} E[||gradient f(x_t)||²] ≤ O(1/sqrt(T)) + O(sigma²/sqrt(T))");
  }

  @Test
  void marksFormulasInProseAndLeavesPlainProseAlone() {
    assertThat(inlineFormulas(byLabel(reading, "Q3"))).containsExactly("2/lambda_max", "lambda_max");
    assertThat(inlineFormulas(byLabel(reading, "Q9")))
        .containsExactly("X → Y → Z", "I(X; Z) ≤ I(X; Y)", "X → h1 → h2 → ... → Y", "I(X; h)", "I(h; Y)");
    assertThat(inlineFormulas(byLabel(reading, "Q6"))).isEqualTo(List.of(
        "m_t = beta_1 * m_{t-1} + (1-beta_1) * g_t", "v_t = beta_2 * v_{t-1} + (1-beta_2) * g_t²"));
    for (String note : List.of("Linear Algebra", "Probability & Statistics", "Optimization", "Information Theory",
        "Key Takeaways")) {
      assertThat(inlineFormulas(byLabel(reading, note))).as(note).isEmpty();
    }
  }

  @Test
  void titleAndIntroductionAreFrontMatterAndTheSiteNameIsFooter() {
    assertThat(reading.skipped()).containsExactly(
        new Skipped(1, 2, Skipped.Reason.FRONT_MATTER), new Skipped(85, 85, Skipped.Reason.FOOTER));
    assertThat(source.line(85)).isEqualTo("Lilly Tech Systems");
    assertThat(reading.items()).noneMatch(i -> i.source().toLine() >= 85);
    List<String> texts = new ArrayList<>();
    reading.items().forEach(i -> WebItems.eachInlines(i.body(), inl -> texts.add(Inlines.plainText(inl))));
    assertThat(texts).noneMatch(t -> t.contains("Lilly Tech"));
  }

  @Test
  void accountsForEveryNonBlankLineWithoutDiagnostics() {
    assertThat(reading.diagnostics()).isEmpty();
    WebItems.assertEveryLineAccountedOnce(reading);
  }

  @Test
  void questionWithoutAnswerLeadIsStillReadAndReported() {
    SourceReading odd = new WebQaReader().read(new SourceDocument("x.txt", "x", SourceFormat.WEB_QA, List.of(
        "Lesson", "Algebra", "Q1: Why?", "Because A = UΣV¹.", "Q1: Again?", "Answer: Yes.", "Site Name")));
    assertThat(odd.items()).extracting(i -> i.source().label()).containsExactly("Q1", "Q1 (line 5)");
    assertThat(odd.skipped()).containsExactly(new Skipped(1, 1, Skipped.Reason.FRONT_MATTER),
        new Skipped(2, 2, Skipped.Reason.STRUCTURE), new Skipped(7, 7, Skipped.Reason.FOOTER));
    assertThat(odd.diagnostics()).extracting(Diagnostic::line).containsExactly(4, 5);
    assertThat(inlineFormulas(odd.items().get(0))).containsExactly("A = UΣVᵀ");
  }
}
