package dev.studyguide.source.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inline;
import dev.studyguide.model.Inline.Styled;
import dev.studyguide.model.Inline.Text;
import dev.studyguide.model.Inlines;
import dev.studyguide.model.Skipped;
import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceFormat;
import dev.studyguide.model.SourceReading;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the reader reports, rather than drops, when a transcript strays from the shapes 000 uses. */
class ChatQuestionsReaderDiagnosticsTest {

  private static SourceReading read(String... lines) {
    return new ChatQuestionsReader().read(new SourceDocument("t.txt", "t", SourceFormat.CHAT_QUESTIONS,
        List.of(lines)));
  }

  @Test
  void reportsProseThatIsNeitherAQuestionNorKnownFiller() {
    SourceReading reading = read("### **1. What is entropy?**", "", "Entropy measures uncertainty.");
    assertThat(reading.items()).hasSize(1);
    assertThat(reading.diagnostics()).extracting(Diagnostic::line).containsExactly(3);
    assertThat(reading.diagnostics().get(0).hint()).contains("ChatterRules");
  }

  @Test
  void reportsAStrayListItemButSkipsOffersAnnouncedByFiller() {
    SourceReading reading = read("- a plain remark", "Would you like me to:", "- Bundle a **study PDF**?");
    assertThat(reading.diagnostics()).extracting(Diagnostic::line).containsExactly(1);
    assertThat(reading.skipped()).containsExactly(new Skipped(2, 3, Skipped.Reason.CHATTER));
  }

  @Test
  void warnsWhenQuestionNumbersSkipAndStartsAPartWhenTheyGoBack() {
    SourceReading reading = read("### **1. A?**", "### **3. B?**", "### **2. C?**");
    assertThat(reading.items()).extracting(i -> i.source().label()).containsExactly("#1", "#3", "Part 2 #2");
    assertThat(reading.diagnostics()).extracting(Diagnostic::line).containsExactly(2, 3);
  }

  @Test
  void reportsAnUnnumberedQuestionHeading() {
    SourceReading reading = read("### **Some topic**");
    assertThat(reading.items()).isEmpty();
    assertThat(reading.diagnostics()).extracting(Diagnostic::line).containsExactly(1);
  }

  @Test
  void dropsOnlyLiterallyRepeatedFollowUps() {
    SourceReading reading = read("### **1. Q?**", "**Follow-ups:**", "- Why?", "- Why?", "- why?");
    assertThat(reading.items().get(0).followUps()).extracting(Inlines::plainText).containsExactly("Why?", "why?");
    assertThat(reading.items().get(0).source().toLine()).isEqualTo(5);
  }

  @Test
  void readsCodeAndTexInAQuestionAsMarkdownDoesEverywhere() {
    SourceReading reading = read("### **1. Use **L1** *not* `l2` on \\(x_i\\)?**");
    assertThat(reading.items().get(0).prompt()).containsExactly(new Text("Use "),
        new Styled(Inline.Style.STRONG, List.of(new Text("L1"))), new Text(" "),
        new Styled(Inline.Style.EMPHASIS, List.of(new Text("not"))), new Text(" "), new Inline.Code("l2"),
        new Text(" on "), new Inline.Math("x_i", 1), new Text("?"));
    assertThat(reading.diagnostics()).isEmpty();
  }

  @Test
  void keepsUnclosedMarkersAsTextAndReportsAnUnclosedFormulaAtItsLine() {
    SourceReading reading = read("### **1. Is a * b **open?**", "**Follow-ups:**", "- What if \\(x is open?",
        "- **Is \\(y too?**");
    assertThat(reading.items()).singleElement().satisfies(item -> {
      assertThat(item.prompt()).containsExactly(new Text("Is a * b **open?"));
      assertThat(item.followUps()).extracting(Inlines::plainText)
          .containsExactly("What if \\(x is open?", "Is \\(y too?");
    });
    assertThat(reading.diagnostics()).extracting(Diagnostic::line).containsExactly(3, 4);
    assertThat(reading.diagnostics()).extracting(Diagnostic::message).allMatch(m -> m.startsWith("unclosed \\("));
  }

  @Test
  void reportsAnUnclosedFormulaInABoldOneLiner() {
    SourceReading reading = read("## Bonus: More", "", "- **Why is \\(x open?**");
    assertThat(reading.items()).extracting(i -> i.source().label()).containsExactly("Bonus 1");
    assertThat(reading.diagnostics()).extracting(Diagnostic::line).containsExactly(3);
  }

  @Test
  void treatsAHeadingWithoutQuestionsAsChatter() {
    SourceReading reading = read("## Next Steps?", "", "Let me know!", "", "## 🔹 Group", "", "### **1. Q?**");
    assertThat(reading.skipped()).containsExactly(new Skipped(1, 3, Skipped.Reason.CHATTER),
        new Skipped(5, 5, Skipped.Reason.STRUCTURE));
    assertThat(reading.items().get(0).sectionPath()).containsExactly("Group");
  }
}
