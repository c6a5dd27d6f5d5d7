package dev.studyguide.graph.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.graph.GraphBuilder;
import dev.studyguide.graph.ItemRef;
import dev.studyguide.graph.MergeRule;
import dev.studyguide.graph.MergedQuestion;
import dev.studyguide.graph.Overrides;
import dev.studyguide.graph.OverridesLoader;
import dev.studyguide.graph.Taxonomy;
import dev.studyguide.graph.TaxonomyLoader;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.model.Corpus;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Item;
import dev.studyguide.source.Ingest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links on the real content, editors' pins and rejects, and how notes are cut into passages. */
class AnswerLinkerTest {
  private static final Path CONTENT = Path.of("content");
  private static final Corpus CORPUS = Ingest.read(CONTENT);
  private static final Taxonomy TAXONOMY = TaxonomyLoader.load(CONTENT, new ArrayList<>()).orElseThrow();

  private static TopicGraph graph(Overrides overrides, List<Diagnostic> diagnostics) {
    return new GraphBuilder(TAXONOMY, overrides, MergeRule.DEFAULT_THRESHOLD).build(CORPUS, diagnostics);
  }

  private static MergedQuestion question(TopicGraph graph, String ref) {
    ItemRef itemRef = new ItemRef(ref, 0);
    Item item = CORPUS.items().filter(itemRef::matches).findFirst().orElseThrow();
    return graph.questionByItem().get(item.id());
  }

  private static List<String> linkedLabels(TopicGraph graph, String ref) {
    return graph.answers().linked(question(graph, ref).id()).stream()
        .map(a -> a.passage().item().source().label()).toList();
  }

  @Test
  void theIssuesExamplesAreAnsweredByTheNotesThatAnswerThem() {
    TopicGraph graph = graph(Overrides.NONE, new ArrayList<>());
    assertThat(linkedLabels(graph, "000 #34")).contains("10 · KKT Conditions (Inequality Constraints)");
    assertThat(linkedLabels(graph, "000 #66")).first().isEqualTo("1.12.3");
    assertThat(linkedLabels(graph, "000 #19")).as("Mahalanobis: nothing in the sources").isEmpty();
  }

  @Test
  void aPassageOnWhatIsTakenButSilentOnWhatItIsTakenOfAnswersNothing() {
    TopicGraph graph = graph(Overrides.NONE, new ArrayList<>());
    // "the gradient and Hessian of the logistic loss": the Hessian notes define a Hessian, of no loss in particular.
    assertThat(linkedLabels(graph, "000 #3")).doesNotContain("2.7", "07 · Hessian");
    // "the expected value and variance of a Poisson distribution": the variance rules list Bernoulli and binomial.
    assertThat(linkedLabels(graph, "000 #38")).doesNotContain("1.12.6");
    // Named in the question's own words counts: the same rules list "Bernoulli" for the Bernoulli distribution.
    assertThat(linkedLabels(graph, "000 #13")).contains("1.12.6");
  }

  @Test
  void anAnswersTitleIsWeighedApartFromItsLongQuestion() {
    TopicGraph graph = graph(Overrides.NONE, new ArrayList<>());
    // 001's "Softmax: Shift Invariance" is all about softmax, though its question names shifts and stability too.
    List<LinkedAnswer> softmax = graph.answers().linked(question(graph, "000 #96").id());
    assertThat(softmax).anySatisfy(a -> {
      assertThat(a.passage().item().source().label()).isEqualTo("#26");
      assertThat(a.score()).isGreaterThan(0.7);
    });
  }

  @Test
  void authoredAnswersComeFirstAndAreNeverReplaced() {
    TopicGraph graph = graph(Overrides.NONE, new ArrayList<>());
    MergedQuestion q = question(graph, "004 Q2");
    List<LinkedAnswer> shown = graph.answers().of(q.id());
    assertThat(shown).isNotEmpty();
    assertThat(shown.get(0).authored()).isTrue();
    assertThat(shown.get(0).passage().item().source().label()).isEqualTo("Q2");
    assertThat(graph.answers().linked(q.id())).noneMatch(a -> q.members().contains(a.passage().item()));
  }

  @Test
  void atMostThreeLinksOnePerItemAboveTheThresholdBestFirst() {
    TopicGraph graph = graph(Overrides.NONE, new ArrayList<>());
    for (MergedQuestion q : graph.questions()) {
      List<LinkedAnswer> linked = graph.answers().linked(q.id());
      assertThat(linked.size()).isLessThanOrEqualTo(AnswerLinker.MAX_LINKS);
      assertThat(linked.stream().map(a -> a.passage().item().id()).distinct().count()).isEqualTo(linked.size());
      assertThat(linked).allMatch(a -> a.score() >= AnswerRule.THRESHOLD);
      for (int i = 1; i < linked.size(); i++) {
        assertThat(linked.get(i).score()).isLessThanOrEqualTo(linked.get(i - 1).score());
      }
    }
  }

  @Test
  void editorsPinAndRejectPassagesAndHearOfOverridesThatMatchNothing(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve(OverridesLoader.FILE_NAME), String.join("\n",
        "answers:",
        "  pin:",
        "    - question: \"000 #19\"",
        "      passage: \"003 03 · Key Distance Measures\"",
        "  reject:",
        "    - question: \"000 #66\"",
        "      passage: \"002 1.12.3\"",
        "    - question: \"000 #9999\"",
        "      passage: \"002 1.8\"",
        ""));
    List<Diagnostic> diagnostics = new ArrayList<>();
    Overrides overrides = OverridesLoader.load(dir, diagnostics);
    assertThat(diagnostics).isEmpty();
    TopicGraph graph = graph(overrides, diagnostics);
    List<LinkedAnswer> pinned = graph.answers().linked(question(graph, "000 #19").id());
    assertThat(pinned).singleElement().satisfies(a -> assertThat(a.how()).isEqualTo(LinkedAnswer.How.PINNED));
    assertThat(linkedLabels(graph, "000 #66")).doesNotContain("1.12.3");
    assertThat(diagnostics).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo(OverridesLoader.FILE_NAME);
      assertThat(d.line()).isEqualTo(8);
      assertThat(d.message()).contains("000 #9999").contains("matches no question or passage");
    });
  }

  @Test
  void passagesCoverTheirItemInOrderAndKeepFormulasWithTheirText() {
    TopicGraph graph = graph(Overrides.NONE, new ArrayList<>());
    List<Passage> passages = AnswerLinker.passages(graph.questions(), graph.notes());
    Item losses = CORPUS.items().filter(new ItemRef("002 4.9", 0)::matches).findFirst().orElseThrow();
    List<Passage> parts = passages.stream().filter(p -> p.item().equals(losses)).toList();
    assertThat(parts.size()).as("002's long loss-function note is cut").isGreaterThan(3);
    assertThat(parts.get(0).fromLine()).isEqualTo(losses.source().fromLine());
    assertThat(parts.get(parts.size() - 1).toLine()).isEqualTo(losses.source().toLine());
    for (int i = 1; i < parts.size(); i++) {
      assertThat(parts.get(i).fromLine()).isEqualTo(parts.get(i - 1).toLine() + 1);
      assertThat(parts.get(i).blocks().get(0)).as("a part never starts with a formula")
          .isNotInstanceOf(dev.studyguide.model.Block.MathBlock.class);
    }
    assertThat(parts.stream().mapToInt(p -> p.blocks().size()).sum()).isEqualTo(losses.body().size());
    assertThat(passages).as("a part's lead never stops where a formula starts ('Let', 'The term')")
        .noneMatch(p -> p.lead().equals("Let") || p.lead().equals("The term"));
    assertThat(parts).extracting(Passage::lead).contains("Mean Squared Error (MSE)");
    Item kkt = CORPUS.items().filter(new ItemRef("003 10 · KKT Conditions (Inequality Constraints)", 0)::matches)
        .findFirst().orElseThrow();
    assertThat(passages.stream().filter(p -> p.item().equals(kkt))).singleElement()
        .satisfies(p -> assertThat(p.blocks()).isEqualTo(kkt.body()));
  }
}
