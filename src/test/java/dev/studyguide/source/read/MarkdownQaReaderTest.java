package dev.studyguide.source.read;

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
import dev.studyguide.model.SourceRef;
import dev.studyguide.source.RealSources;
import dev.studyguide.source.markdown.TexSpans;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MarkdownQaReaderTest {

  private static SourceReading read(String... lines) {
    return new MarkdownQaReader().read(new SourceDocument("x.md", "x", SourceFormat.MARKDOWN_QA, List.of(lines)));
  }

  /** Non-blank lines in no item range, no skipped span and no diagnostic. */
  private static List<Integer> unaccountedLines(SourceReading reading) {
    List<Integer> missing = new ArrayList<>();
    List<String> lines = reading.document().lines();
    for (int line = 1; line <= lines.size(); line++) {
      int n = line;
      boolean covered = lines.get(line - 1).isBlank()
          || reading.items().stream().anyMatch(i -> i.source().fromLine() <= n && n <= i.source().toLine())
          || reading.skipped().stream().anyMatch(s -> s.fromLine() <= n && n <= s.toLine())
          || reading.diagnostics().stream().anyMatch(d -> d.line() == n);
      if (!covered) {
        missing.add(line);
      }
    }
    return missing;
  }

  private static List<Block> blocksOf(Item item) {
    return item.body();
  }

  @Nested
  class The001Document {
    private final SourceDocument document = RealSources.load("001", SourceFormat.MARKDOWN_QA);
    private final SourceReading reading = new MarkdownQaReader().read(document);

    private Item item(String label) {
      return reading.items().stream().filter(i -> i.source().label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void everyNumberedSectionIsOneQuestionLabelledByItsNumber() {
      assertThat(reading.items()).hasSize(30).allMatch(Item::isQuestion);
      assertThat(reading.items()).extracting(i -> i.source().label())
          .containsExactlyElementsOf(IntStream.rangeClosed(1, 30).mapToObj(n -> "#" + n).toList());
      assertThat(reading.items()).extracting(Item::id).doesNotHaveDuplicates();
    }

    @Test
    void theFirstSectionReadsFieldByField() {
      Item first = item("#1");

      assertThat(first.id()).isEqualTo(ItemIds.of(ItemKind.QUESTION, document.file(), "#1"));
      assertThat(first.title()).isEqualTo("Logistic Regression: Loss Function Derivation");
      assertThat(first.sectionPath()).isEmpty();
      assertThat(first.followUps()).isEmpty();
      assertThat(Inlines.plainText(first.prompt())).isEqualTo("Derive the Binary Cross-Entropy (Log-Loss) function "
          + "for Logistic Regression using Maximum Likelihood Estimation (MLE). Why do we take the log?");
      assertThat(first.source()).isEqualTo(new SourceRef(document.file(), 6, 26, "#1"));
      assertThat(first.body()).extracting(Block::line).containsExactly(13, 14, 16, 17, 19, 20, 22, 23, 25, 26);
      assertThat(first.body().get(0)).isEqualTo(new Block.Paragraph(List.of(new Inline.Text("Assume the target  "),
          new Inline.Math("y \\in {0,1}", 13),
          new Inline.Text("  follows a Bernoulli distribution with probability")), 13));
      assertThat(first.body().get(1)).isEqualTo(new Block.MathBlock(" p = \\hat{y} = \\sigma(w^T x) ", 14));
    }

    @Test
    void aQuestionOnTheMarkerLineWithoutARuleAfterItsSection() {
      Item adam = item("#11");

      assertThat(adam.title()).isEqualTo("Adam Optimizer: Bias Correction");
      assertThat(adam.source()).isEqualTo(new SourceRef(document.file(), 191, 198, "#11"));
      assertThat(adam.prompt()).startsWith(new Inline.Text("In the Adam optimizer, we calculate moving averages "
          + "of gradients ("), new Inline.Math("m_t", 193));
      assertThat(TexSpans.collectInlines(adam.prompt())).containsExactly("193:m_t", "193:v_t",
          "193:\\hat{m}_t = \\frac{m_t}{1-\\beta_1^t}", "193:\\hat{v}_t = \\frac{v_t}{1-\\beta_2^t}");
      assertThat(adam.body()).singleElement().isInstanceOf(Block.Paragraph.class);
      assertThat(((Block.Paragraph) adam.body().get(0)).content())
          .contains(new Inline.Styled(Inline.Style.STRONG, List.of(new Inline.Text("zeros"))));
    }

    @Test
    void aLevelThreeSectionHeadingIsASectionToo() {
      Item invertibility = item("#22");

      assertThat(invertibility.title()).isEqualTo("Linear Regression: Invertibility");
      assertThat(invertibility.source().fromLine()).isEqualTo(316);
      assertThat(invertibility.source().toLine()).isEqualTo(324);
      assertThat(invertibility.prompt()).contains(new Inline.Math("\\theta = (X^T X)^{-1} X^T y", 318),
          new Inline.Styled(Inline.Style.STRONG, List.of(new Inline.Text("not"))));
      assertThat(invertibility.body()).extracting(Block::line).containsExactly(321);
    }

    @Test
    void aLineRightUnderANumberedListIsItsOwnParagraph() {
      Item pooling = item("#15");

      assertThat(pooling.body()).extracting(b -> b.getClass().getSimpleName() + "@" + b.line())
          .containsExactly("Paragraph@241", "ListBlock@245", "Paragraph@247");
      Block.ListBlock steps = (Block.ListBlock) pooling.body().get(1);
      assertThat(steps.ordered()).isTrue();
      assertThat(steps.items()).hasSize(2);
      assertThat(Inlines.plainText(((Block.Paragraph) pooling.body().get(2)).content()))
          .startsWith("Mathematically, this acts as a \"router\" for gradients");
    }

    @Test
    void aNumberedListWithANestedBulletList() {
      Item mse = item("#20");

      assertThat(mse.source()).isEqualTo(new SourceRef(document.file(), 292, 301, "#20"));
      Block.ListBlock reasons = (Block.ListBlock) mse.body().get(0);
      assertThat(reasons.ordered()).isTrue();
      assertThat(reasons.items()).hasSize(2);
      Block.ListBlock gradients = (Block.ListBlock) reasons.items().get(1).blocks().get(1);
      assertThat(gradients.ordered()).isFalse();
      assertThat(gradients.items()).hasSize(2);
      assertThat(gradients.line()).isEqualTo(300);
    }

    @Test
    void theLastSectionStartsWithDisplayMathAndRunsToTheEnd() {
      Item f1 = item("#30");

      assertThat(f1.title()).isEqualTo("F1 Score: Harmonic Mean");
      assertThat(f1.source()).isEqualTo(new SourceRef(document.file(), 411, 422, "#30"));
      assertThat(f1.body()).extracting(b -> b.getClass().getSimpleName() + "@" + b.line())
          .containsExactly("MathBlock@416", "Paragraph@417", "ListBlock@419", "Paragraph@422");
      assertThat(((Block.MathBlock) f1.body().get(0)).tex())
          .isEqualTo("  F1 = \\frac{2}{\\frac{1}{P} + \\frac{1}{R}} = \\frac{2PR}{P+R}  ");
    }

    @Test
    void inlineCodeInAPromptStaysCode() {
      assertThat(item("#28").prompt()).contains(new Inline.Code("Sigmoid"), new Inline.Code("Tanh"));
    }

    @Test
    void theTitleIsFrontMatterAndEveryRuleIsDecoration() {
      assertThat(reading.skipped()).filteredOn(s -> s.reason() == Skipped.Reason.FRONT_MATTER)
          .containsExactly(new Skipped(1, 1, Skipped.Reason.FRONT_MATTER));
      assertThat(reading.skipped()).filteredOn(s -> s.reason() == Skipped.Reason.DECORATION)
          .extracting(Skipped::fromLine)
          .containsExactly(4, 28, 45, 67, 81, 101, 118, 135, 152, 170, 189, 303);
      assertThat(reading.skipped()).allMatch(s -> s.reason() == Skipped.Reason.FRONT_MATTER
          || s.reason() == Skipped.Reason.DECORATION);
    }

    @Test
    void everyNonBlankLineIsAccountedFor() {
      assertThat(unaccountedLines(reading)).isEmpty();
    }

    @Test
    void itemRangesNeitherOverlapNorTouchSkippedLines() {
      List<Integer> claimed = new ArrayList<>();
      reading.items().forEach(i -> IntStream.rangeClosed(i.source().fromLine(), i.source().toLine())
          .forEach(claimed::add));
      reading.skipped().forEach(s -> IntStream.rangeClosed(s.fromLine(), s.toLine()).forEach(claimed::add));

      assertThat(claimed).doesNotHaveDuplicates();
    }

    @Test
    void everyMathSpanIsByteExactInThePromptsAndAnswers() {
      List<String> inItems = new ArrayList<>();
      for (Item item : reading.items()) {
        inItems.addAll(TexSpans.collectInlines(item.prompt()));
        inItems.addAll(TexSpans.collect(blocksOf(item)));
      }

      assertThat(inItems).hasSize(184).containsExactlyInAnyOrderElementsOf(TexSpans.scan(document.lines(), 1));
    }

    @Test
    void theMarkersThemselvesAreNotContent() {
      for (Item item : reading.items()) {
        assertThat(Inlines.plainText(item.prompt())).doesNotContain("Question:");
        assertThat(item.body()).noneMatch(b -> b instanceof Block.Paragraph p
            && Inlines.plainText(p.content()).startsWith("Answer:"));
      }
    }

    @Test
    void theDocumentReadsCleanly() {
      assertThat(reading.diagnostics()).isEmpty();
    }

    @Test
    void readingIsDeterministic() {
      assertThat(new MarkdownQaReader().read(document)).isEqualTo(reading);
    }
  }

  @Nested
  class IrregularSections {
    @Test
    void aSectionWithoutAnAnswerMarkerKeepsTheRestAsItsAnswerAndIsReported() {
      SourceReading reading = read("# T", "", "## 1. One", "**Question:** Why?", "", "Because $x$.");

      Item item = reading.items().get(0);
      assertThat(Inlines.plainText(item.prompt())).isEqualTo("Why?");
      assertThat(item.body()).containsExactly(new Block.Paragraph(
          List.of(new Inline.Text("Because "), new Inline.Math("x", 6), new Inline.Text(".")), 6));
      assertThat(reading.diagnostics()).singleElement().satisfies(d -> {
        assertThat(d.format()).startsWith("x.md:3: warning: section #1 has no **Answer:** line");
      });
    }

    @Test
    void aSectionWithoutAQuestionMarkerTakesItsFirstParagraph() {
      SourceReading reading = read("## 2. Two", "What is $y$?", "**Answer:**", "It is.");

      Item item = reading.items().get(0);
      assertThat(item.prompt()).containsExactly(new Inline.Text("What is "), new Inline.Math("y", 2),
          new Inline.Text("?"));
      assertThat(item.body()).extracting(Block::line).containsExactly(4);
      assertThat(reading.diagnostics()).extracting(Diagnostic::message)
          .containsExactly("section #2 has no **Question:** line");
    }

    @Test
    void aQuestionGoingOnPastItsFirstParagraphKeepsTheRestAtTheStartOfTheAnswer() {
      SourceReading reading = read("## 3. C", "**Question**: Simplify", "$$ \\frac{a}{a} $$", "**Answer:** One.");

      Item item = reading.items().get(0);
      assertThat(Inlines.plainText(item.prompt())).isEqualTo("Simplify");
      assertThat(item.body()).containsExactly(new Block.MathBlock(" \\frac{a}{a} ", 3),
          new Block.Paragraph(List.of(new Inline.Text("One.")), 4));
      assertThat(reading.diagnostics()).extracting(Diagnostic::line).containsExactly(3);
    }

    @Test
    void aQuestionThatIsOnlyAFormulaKeepsItInTheAnswerAndTheTitleStandsIn() {
      SourceReading reading = read("## 4. Entropy of $p$", "**Question:**", "$$ H(p) $$", "**Answer:** Bits.");

      Item item = reading.items().get(0);
      assertThat(item.title()).isEqualTo("Entropy of $p$");
      assertThat(item.prompt()).containsExactly(new Inline.Text("Entropy of "), new Inline.Math("p", 1));
      assertThat(item.body()).containsExactly(new Block.MathBlock(" H(p) ", 3),
          new Block.Paragraph(List.of(new Inline.Text("Bits.")), 4));
      assertThat(reading.diagnostics()).extracting(Diagnostic::message)
          .containsExactly("section #4 has no question text");
    }

    @Test
    void aRepeatedSectionNumberGetsAUniqueLabelAndIsReported() {
      SourceReading reading = read("## 1. A", "**Question:** a?", "**Answer:** a.", "", "## 1. B",
          "**Question:** b?", "**Answer:** b.");

      assertThat(reading.items()).extracting(i -> i.source().label()).containsExactly("#1", "#1 (line 5)");
      assertThat(reading.items()).extracting(Item::id).doesNotHaveDuplicates();
      assertThat(reading.diagnostics()).extracting(Diagnostic::line).containsExactly(5);
    }

    @Test
    void anUnclosedDisplayFormulaInAnAnswerIsReportedAtItsLineAndTheRestIsKept() {
      SourceReading reading = read("## 1. A", "**Question:** a?", "**Answer:**", "$$ \\begin{aligned}", "x &= 1",
          "", "Then more.", "", "## 2. B", "**Question:** b?", "**Answer:** b.");

      assertThat(reading.items()).hasSize(2);
      assertThat(reading.items().get(0).body()).extracting(Block::line).containsExactly(4, 5, 7);
      assertThat(reading.diagnostics()).singleElement().satisfies(d -> {
        assertThat(d.file()).isEqualTo("x.md");
        assertThat(d.line()).isEqualTo(4);
        assertThat(d.message()).contains("$$").contains("not closed");
      });
    }

    @Test
    void subHeadingsTablesAndCodeInsideAnAnswerStayInTheAnswer() {
      SourceReading reading = read("## 1. A", "**Question:** a?", "**Answer:**", "### Intuition", "",
          "| k | v |", "|---|---|", "| 1 | $x$ |", "", "```", "code", "```", "---", "");

      Item item = reading.items().get(0);
      assertThat(item.body()).extracting(b -> b.getClass().getSimpleName() + "@" + b.line())
          .containsExactly("Heading@4", "Table@6", "CodeBlock@10");
      assertThat(item.source().toLine()).isEqualTo(12);
      assertThat(reading.skipped()).containsExactly(new Skipped(13, 13, Skipped.Reason.DECORATION));
      assertThat(unaccountedLines(reading)).isEmpty();
    }

    @Test
    void anIntroductionBeforeTheFirstSectionIsFrontMatter() {
      SourceReading reading = read("# Title", "Some intro", "text.", "", "***", "", "## 1. A", "**Question:** a?",
          "**Answer:** a.");

      assertThat(reading.skipped()).containsExactly(new Skipped(1, 3, Skipped.Reason.FRONT_MATTER),
          new Skipped(5, 5, Skipped.Reason.DECORATION));
    }

    @Test
    void aDocumentWithoutNumberedSectionsIsAnError() {
      SourceReading reading = read("# Notes", "", "Just text.");

      assertThat(reading.items()).isEmpty();
      assertThat(reading.diagnostics()).singleElement().satisfies(d -> {
        assertThat(d.isError()).isTrue();
        assertThat(d.line()).isEqualTo(1);
      });
      assertThat(unaccountedLines(reading)).isEmpty();
    }
  }
}
