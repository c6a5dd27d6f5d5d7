package dev.studyguide.source.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Block;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inlines;
import dev.studyguide.model.Item;
import dev.studyguide.model.Severity;
import dev.studyguide.model.Skipped;
import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceFormat;
import dev.studyguide.model.SourceReading;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the study-sheet reader does with input the real sheet does not contain. */
class PdfStudySheetEdgeCasesTest {

  private static SourceReading read(String... lines) {
    return new PdfStudySheetReader().read(
        new SourceDocument("sheet.txt", "Sheet", SourceFormat.PDF_STUDY_SHEET, List.of(lines)));
  }

  private static String paragraph(Item item, int index) {
    return Inlines.plainText(((Block.Paragraph) item.body().get(index)).content());
  }

  @Test
  void aLineStartingWithANumberIsTextUnlessTheContentsListIt() {
    SourceReading reading = read(
        "Contents", "1\tBasics\t1", "1.1\tRules\t1", "",
        "1 Basics", "1.1 Rules", "The complement of p is", "1 minus p", "and sums to one.");
    assertThat(reading.items()).hasSize(1);
    Item rules = reading.items().get(0);
    assertThat(rules.source().label()).isEqualTo("1.1");
    assertThat(rules.sectionPath()).containsExactly("Basics");
    assertThat(rules.source().fromLine()).isEqualTo(6);
    assertThat(rules.source().toLine()).isEqualTo(9);
    assertThat(paragraph(rules, 0)).isEqualTo("The complement of p is 1 minus p and sums to one.");
    assertThat(reading.skipped()).contains(new Skipped(5, 5, Skipped.Reason.STRUCTURE));
    assertThat(reading.diagnostics()).isEmpty();
  }

  @Test
  void aWordBrokenAtAHyphenIsJoinedWithoutASpace() {
    SourceReading reading = read("Contents", "1\tKDE\t1", "", "1 KDE", "A non-", "parametric estimate.");
    assertThat(paragraph(reading.items().get(0), 0)).isEqualTo("A non-parametric estimate.");
  }

  @Test
  void aContentsEntryWhoseHeadingIsMissingIsReportedAtItsEntry() {
    SourceReading reading = read("Contents", "1\tBasics\t1", "1.1\tLost\t2", "1.2\tKept\t2", "",
        "1 Basics", "1.2 Kept", "Text.");
    assertThat(reading.items()).extracting(i -> i.source().label()).containsExactly("1.2");
    assertThat(reading.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(3);
      assertThat(d.message()).contains("1.1").contains("Lost");
      assertThat(d.format()).startsWith("sheet.txt:3: warning:");
    });
  }

  @Test
  void aHeadingShapedLineTheContentsDoNotListIsReportedAndKeptAsText() {
    SourceReading reading = read("Contents", "1\tBasics\t1", "", "1 Basics", "Intro.", "", "1.9 Unlisted Topic",
        "More.");
    assertThat(reading.items()).singleElement().satisfies(i -> assertThat(paragraph(i, 1)).isEqualTo(
        "1.9 Unlisted Topic More."));
    assertThat(reading.diagnostics()).extracting(Diagnostic::line).containsExactly(7);
  }

  @Test
  void anUnclosedDollarKeepsTheTextAndIsReportedWithItsLine() {
    SourceReading reading = read("Contents", "1\tCosts\t1", "", "1 Costs", "It costs $5 per", "run, or $x$.");
    Item costs = reading.items().get(0);
    assertThat(paragraph(costs, 0)).isEqualTo("It costs $5 per run, or $x$.");
    assertThat(reading.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.format()).startsWith("sheet.txt:5: warning: unclosed $");
    });
  }

  @Test
  void anUnclosedDisplayFormulaDoesNotSwallowTheFollowingText() {
    SourceReading reading = read("Contents", "1\tLoss\t1", "", "1 Loss", "$$L = \\sum_i x_i", "", "Next point.");
    Item loss = reading.items().get(0);
    assertThat(loss.body()).hasSize(2);
    assertThat(paragraph(loss, 0)).isEqualTo("$$L = \\sum_i x_i");
    assertThat(paragraph(loss, 1)).isEqualTo("Next point.");
    assertThat(reading.diagnostics()).extracting(Diagnostic::line).containsExactly(5);
    assertThat(reading.diagnostics().get(0).message()).startsWith("unclosed $$");
  }

  @Test
  void aTableStaysInItsSectionWhenTheCaptionNamesNoEmptySectionBelow() {
    SourceReading reading = read("Contents", "1\tA\t1", "2\tB\t1", "", "1 A", "x\ty", "1\t2", "",
        "Table 1: Numbers", "", "2 B", "Text.");
    assertThat(reading.items()).extracting(i -> i.source().label()).containsExactly("1", "2");
    Block.Table table = (Block.Table) reading.items().get(0).body().get(0);
    assertThat(Inlines.plainText(table.caption())).isEqualTo("Table 1: Numbers");
    assertThat(reading.items().get(0).source().toLine()).isEqualTo(9);
  }

  @Test
  void withoutContentsTheSheetCannotBeReadAndSaysSo() {
    SourceReading reading = read("Title", "", "1 Basics", "Text.");
    assertThat(reading.items()).isEmpty();
    assertThat(reading.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.message()).contains("no table of contents");
    });
  }
}
