package dev.studyguide.source.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Block;
import dev.studyguide.model.Inline;
import dev.studyguide.model.Inlines;
import dev.studyguide.model.Item;
import dev.studyguide.model.Skipped;
import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceFormat;
import dev.studyguide.model.SourceReading;
import dev.studyguide.source.LineAccounting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The general reader on fixtures written for it, one folder per shape (fixtures/markdown/README.md). */
class MarkdownReaderTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/markdown");

  private static SourceReading read(String fixture) {
    try {
      List<String> lines = Files.readAllLines(FIXTURES.resolve(fixture).resolve("doc.md"));
      return new MarkdownReader().read(new SourceDocument("doc.md", "doc.md", SourceFormat.MARKDOWN, lines));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Item> questions(SourceReading reading) {
    return reading.items().stream().filter(Item::isQuestion).toList();
  }

  private static List<String> prompts(SourceReading reading) {
    return questions(reading).stream().map(q -> Inlines.plainText(q.prompt())).toList();
  }

  private static String firstParagraph(Item item) {
    return item.body().stream().filter(b -> b instanceof Block.Paragraph).map(b -> ((Block.Paragraph) b).content())
        .map(Inlines::plainText).findFirst().orElse("");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bold-questions", "heading-questions", "list-questions", "pairs", "front-matter", "mixed"})
  void everyNonBlankLineIsAccountedFor(String fixture) {
    assertThat(LineAccounting.unaccounted(read(fixture))).isEmpty();
  }

  @Test
  void boldParagraphQuestionsTakeTheTextUpToTheNextQuestionWithTheirDifficulty() {
    SourceReading reading = read("bold-questions");

    assertThat(prompts(reading)).containsExactly("What is an unbiased estimator?",
        "Why does the sample variance divide by n - 1?",
        "Derive the bias of the maximum likelihood variance estimator");
    assertThat(questions(reading)).extracting(Item::difficulty).containsExactly("easy", "medium", "hard");
    Item second = questions(reading).get(1);
    assertThat(second.body()).hasSize(2).last().isInstanceOf(Block.ListBlock.class);
    assertThat(second.sectionPath()).containsExactly("Estimators");
    // The <br/> spacer and the rule between questions are decoration, not answer text.
    assertThat(reading.skipped()).contains(new Skipped(12, 12, Skipped.Reason.DECORATION),
        new Skipped(27, 27, Skipped.Reason.DECORATION));
  }

  @Test
  void aSectionThatExplainsIsANoteAndTheTitleWithItsLegendIsFrontMatter() {
    SourceReading reading = read("bold-questions");

    Item note = reading.items().stream().filter(i -> !i.isQuestion()).findFirst().orElseThrow();
    assertThat(note.title()).isEqualTo("Why estimators matter");
    assertThat(note.source().fromLine()).isEqualTo(29);
    assertThat(reading.skipped()).contains(new Skipped(1, 4, Skipped.Reason.FRONT_MATTER),
        new Skipped(6, 6, Skipped.Reason.STRUCTURE));
    // "Missing an answer? Send a patch." asks, but it stands in a legend that mostly does not: no question.
    assertThat(prompts(reading)).noneMatch(p -> p.contains("patch"));
    assertThat(reading.document().title()).isEqualTo("Estimation basics");
  }

  @Test
  void numberedHeadingQuestionsKeepTheirCitationsAsSourceLinksNotPromptWords() {
    SourceReading reading = read("heading-questions");

    assertThat(prompts(reading)).containsExactly("What does a convolution layer compute?",
        "Implement bilinear interpolation on a grid.", "Rotate an image by 90 degrees in place.",
        "How does max pooling add invariance?", "Why do deep networks use batch normalization?",
        "Why do residual connections help?");
    Item first = questions(reading).get(0);
    assertThat(first.source().label()).isEqualTo("#1");
    Block.Paragraph source = (Block.Paragraph) first.body().get(0);
    assertThat(Inlines.plainText(source.content())).isEqualTo("Source: src");
    assertThat(source.content()).contains(
        new Inline.Link("https://example.org/cv-questions", List.of(new Inline.Text("src"))));
    // A link inside the sentence stays in the prompt.
    assertThat(questions(reading).get(3).prompt()).anyMatch(i -> i instanceof Inline.Link);
    assertThat(questions(reading).get(5).difficulty()).isEqualTo("easy");
  }

  @Test
  void aDeeperHeadingStaysInTheAnswerAndQNumberingIsAQuestionsLabel() {
    SourceReading reading = read("heading-questions");

    Item pooling = questions(reading).get(3);
    assertThat(pooling.body()).anyMatch(b -> b instanceof Block.Heading);
    assertThat(pooling.source().toLine()).isEqualTo(21);
    assertThat(questions(reading).get(4).source().label()).isEqualTo("#5");
  }

  @Test
  void nestedListQuestionsAreFollowUpsUnderAQuestionAndCarryTheirContextUnderASentence() {
    SourceReading reading = read("list-questions");

    assertThat(prompts(reading)).containsExactly("What does the determinant of a matrix represent?",
        "What is the rank of a product of two matrices?",
        "Assume a square matrix $A$ has eigenvalues $2, 2, 5$. What is the trace of $A$?",
        "Assume a square matrix $A$ has eigenvalues $2, 2, 5$. What is the determinant of $A$?",
        "Given a symmetric matrix too large for memory, how would you find its smallest eigenvalue?");
    Item rank = questions(reading).get(1);
    assertThat(rank.followUps()).extracting(Inlines::plainText)
        .containsExactly("Can it exceed the rank of either factor?", "When is it equal to the smaller rank?");
    assertThat(questions(reading)).extracting(q -> q.source().label())
        .containsExactly("#1", "#2", "#3.1", "#3.2", "#4");
    assertThat(questions(reading).get(2).source().fromLine()).as("the context line is the first child's").isEqualTo(11);
    assertThat(questions(reading).get(2).prompt()).anyMatch(i -> i instanceof Inline.Math);
    assertThat(firstParagraph(questions(reading).get(4)))
        .isEqualTo("Run Lanczos iterations with a shift, using only matrix-vector products.");
    assertThat(reading.items().get(reading.items().size() - 1).title()).isEqualTo("Further reading");
  }

  @Test
  void pairsAndDetailsGiveTheQuestionAndItsAnswerWithoutMarkersOrTags() {
    SourceReading reading = read("pairs");

    assertThat(prompts(reading)).containsExactly("What is the expected value of a fair six-sided die?",
        "What is the variance of a Bernoulli variable with success probability p?",
        "Why is the geometric distribution memoryless?", "Why is the median robust to outliers?");
    assertThat(questions(reading)).extracting(MarkdownReaderTest::firstParagraph).containsExactly(
        "3.5, the mean of the faces one to six.", "p(1 - p).",
        "Because the chance of success on each trial does not depend on the trials before it.",
        "It depends on the order of the values, not on their size.");
    // A <details> whose summary does not ask is part of the answer before it, its table kept.
    assertThat(questions(reading).get(2).body()).anyMatch(b -> b instanceof Block.Table);
  }

  @Test
  void yamlFrontMatterIsSkippedAndNamesTheDocument() {
    SourceReading reading = read("front-matter");

    assertThat(reading.document().title()).isEqualTo("Optimization cheat questions");
    assertThat(reading.skipped()).contains(new Skipped(1, 4, Skipped.Reason.FRONT_MATTER));
    assertThat(prompts(reading)).containsExactly("Why does momentum speed up gradient descent?");
  }

  @Test
  void aMixedDocumentReadsEachShapeAndNothingInCodeAsks() {
    SourceReading reading = read("mixed");

    assertThat(prompts(reading)).containsExactly("What is the difference between L1 and L2 regularization?",
        "When would you prefer early stopping over weight decay?", "Explain dropout.", "What is label smoothing?",
        "How does data augmentation regularize?", "Which norm does ridge regression use?");
    assertThat(reading.items().get(0).title()).isEqualTo("Regularization");
    assertThat(questions(reading).get(0).body()).anyMatch(b -> b instanceof Block.CodeBlock);
  }

  @Test
  void aNumberThatRepeatsIsQualifiedByItsSectionAndAnUnnumberedQuestionLabelledByItsFirstWords() {
    List<String> lines = List.of("## Vectors", "", "1. What is a norm?", "", "## Matrices", "", "1. What is a rank?",
        "2. What is a trace?", "", "**Why do we care about the determinant of a matrix at all?**");
    SourceReading reading = new MarkdownReader().read(new SourceDocument("x.md", "x", SourceFormat.MARKDOWN, lines));

    assertThat(questions(reading)).extracting(q -> q.source().label()).containsExactly("Vectors #1", "Matrices #1",
        "#2", "Why do we care about the …");
  }

  @Test
  void aTitleGivenInGuideYamlIsKept() {
    List<String> lines = List.of("---", "title: From the file", "---", "", "**Why?**");
    SourceReading reading = new MarkdownReader().read(new SourceDocument("x.md", "Given", SourceFormat.MARKDOWN,
        lines));

    assertThat(reading.document().title()).isEqualTo("Given");
  }

  @Test
  void aDocumentWithoutQuestionsSaysSoAndKeepsItsSectionsAsNotes() {
    List<String> lines = List.of("# Notes", "", "## Bias", "", "The gap between the mean estimate and the truth.");
    SourceReading reading = new MarkdownReader().read(new SourceDocument("x.md", "x", SourceFormat.MARKDOWN, lines));

    assertThat(reading.items()).singleElement().extracting(Item::title).isEqualTo("Bias");
    assertThat(reading.diagnostics()).singleElement().extracting(d -> d.message())
        .isEqualTo("no questions found; every section was read as a note");
  }
}
