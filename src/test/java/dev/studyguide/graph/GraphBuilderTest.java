package dev.studyguide.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inlines;
import dev.studyguide.model.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The topic graph built from the five real documents. */
class GraphBuilderTest {
  private static final TopicGraph GRAPH = RealGraph.build();

  private static MergedQuestion questionOf(String ref) {
    return GRAPH.questionByItem().get(RealGraph.item(ref).id());
  }

  @Test
  void mergesTheThreeKlDivergenceQuestionsIntoOneOnTheKlTopic() {
    MergedQuestion kl = questionOf("000 #4");
    assertThat(kl.members()).extracting(m -> m.source().label()).containsExactly("#4", "#98", "#114");
    assertThat(kl.placement().topic()).isEqualTo("kl-divergence");
    assertThat(kl.id()).isEqualTo(RealGraph.item("000 #4").id());
    assertThat(GRAPH.topic("kl-divergence").orElseThrow().questions()).contains(kl);
    assertThat(Inlines.plainText(kl.canonical().prompt())).isEqualTo("Explain the Kullback-Leibler (KL) divergence.");
    assertThat(kl.otherPhrasings()).hasSize(2);
  }

  @Test
  void keepsTheTsneQuestionApartFromExplainingKl() {
    assertThat(questionOf("001 #24")).isNotSameAs(questionOf("000 #4"));
  }

  @Test
  void keepsTheCrossEntropyGradientApartFromTheSoftmaxGradient() {
    assertThat(questionOf("000 #28")).isNotSameAs(questionOf("000 #6"));
    assertThat(questionOf("000 #28").placement().topic()).isEqualTo("cross-entropy-loss");
    assertThat(questionOf("000 #6").placement().topic()).isEqualTo("softmax");
  }

  @Test
  void unitesFollowUpsWithoutRepeats() {
    MergedQuestion kl = questionOf("000 #4");
    int all = kl.members().stream().mapToInt(m -> m.followUps().size()).sum();
    List<String> followUps = kl.followUps().stream().map(Inlines::plainText).toList();
    assertThat(followUps).hasSizeLessThanOrEqualTo(all).doesNotHaveDuplicates()
        .contains("What does it mean when KL divergence is zero?");
  }

  @Test
  void makesNearDuplicateFollowUpsOneFollowUpKeepingBothWordings() {
    List<String> followUps = questionOf("000 #4").followUps().stream().map(Inlines::plainText).toList();
    String first = "Derive the formula for KL divergence and explain how it measures the difference between two"
        + " probability distributions.";
    String second = "Derive the formula for Kullback-Leibler Divergence and explain its role in measuring the"
        + " distance between probability distributions.";
    assertThat(followUps).filteredOn(f -> f.contains("Derive the formula")).containsExactly(
        first + " (also asked as: " + second + ")");
    // Follow-ups that ask different things stay apart even when they share a topic and words.
    assertThat(questionOf("000 #112").followUps()).hasSize(RealGraph.item("000 #112").followUps().size());
  }

  @Test
  void listsEveryQuestionAndNoteExactlyOnceAsPrimary() {
    long items = RealGraph.CORPUS.items().count();
    long placedQuestions = GRAPH.topics().stream().flatMap(t -> t.questions().stream())
        .mapToLong(q -> q.members().size()).sum();
    long placedNotes = GRAPH.topics().stream().mapToLong(t -> t.notes().size()).sum();
    assertThat(placedQuestions + placedNotes).isEqualTo(items);
  }

  @Test
  void placesAQuestionOnTheTopicItsMainClauseNamesEvenWhenNotesElsewhereShareItsWords() {
    // 002's decision-tree notes are full of entropy; "Explain entropy" still belongs to entropy.
    assertThat(questionOf("000 #15").placement().topic()).isEqualTo("entropy");
  }

  @Test
  void placesANoteWhoseTitleIsATopicsNameOnThatTopic() {
    // 002's "4.19 Transformer Architecture" also has the words of transformer-variants' "transformer architectures".
    Map<String, String> byName = new java.util.HashMap<>();
    RealGraph.TAXONOMY.topics().forEach(t -> t.names().forEach(n -> byName.put(TaxonomyLoader.key(n), t.id())));
    List<String> misplaced = new ArrayList<>();
    int titled = 0;
    for (Placement p : GRAPH.notes()) {
      String named = byName.get(TaxonomyLoader.key(p.item().title().replaceFirst("^[0-9.]+\\s+", "")));
      if (named != null) {
        titled++;
        if (!named.equals(p.topic())) {
          misplaced.add(p.item().title() + " on " + p.topic());
        }
      }
    }
    assertThat(titled).isGreaterThan(100); // 135 of the real notes
    assertThat(misplaced).isEmpty(); // were 2: Transformer Architecture, Model Based RL
    assertThat(GRAPH.topic("transformer").orElseThrow().notes()).extracting(Item::title)
        .anyMatch(t -> t.endsWith("Transformer Architecture"));
  }

  @Test
  void linksTopicsWithKindsAndKeepsTheListShort() {
    TopicEntry kl = GRAPH.topic("kl-divergence").orElseThrow();
    assertThat(kl.related()).isNotEmpty().hasSizeLessThanOrEqualTo(LinkBuilder.MAX_RELATED);
    assertThat(kl.related()).allSatisfy(l -> assertThat(l.weight()).isGreaterThanOrEqualTo(LinkBuilder.MIN_WEIGHT));
    assertThat(kl.related()).extracting(Link::topic).doesNotContain("kl-divergence");
    Topic vae = RealGraph.TAXONOMY.topic("vae").orElseThrow();
    vae.prerequisites().forEach(p -> assertThat(GRAPH.topic("vae").orElseThrow().related())
        .anySatisfy(l -> assertThat(l).isEqualTo(new Link(p, Link.Kind.PREREQUISITE, 1.0))));
  }

  @Test
  void givesATopicNobodyExplainsItsOwnEntryAnyway() {
    assertThat(GRAPH.taxonomy().authored()).isEqualTo(RealGraph.TAXONOMY);
    assertThat(GRAPH.topics()).hasSize(GRAPH.taxonomy().topics().size());
    assertThat(GRAPH.report().emptyTopics()).allSatisfy(id -> assertThat(GRAPH.topic(id)).isPresent());
  }

  @Test
  void buildsTheSameGraphTwice() {
    TopicGraph again = RealGraph.build();
    assertThat(ids(again)).isEqualTo(ids(GRAPH));
    assertThat(again.topics()).extracting(TopicEntry::related).isEqualTo(GRAPH.topics().stream()
        .map(TopicEntry::related).toList());
  }

  @Test
  void keepsQuestionIdsWhenADocumentIsAddedAfterThem() {
    // Build from the first four documents only: every question they have keeps its merged id.
    var withoutLast = new dev.studyguide.model.Corpus(RealGraph.CORPUS.config(),
        RealGraph.CORPUS.readings().subList(0, 4), List.of());
    TopicGraph smaller = new GraphBuilder(RealGraph.TAXONOMY, Overrides.NONE, MergeRule.DEFAULT_THRESHOLD)
        .build(withoutLast, new ArrayList<>());
    Map<String, MergedQuestion> full = GRAPH.questionByItem();
    for (MergedQuestion q : smaller.questions()) {
      assertThat(full.get(q.canonical().id()).id()).as(q.canonical().source().position()).isEqualTo(q.id());
    }
  }

  private static List<String> ids(TopicGraph graph) {
    return graph.topics().stream().flatMap(t -> t.questions().stream().map(q -> t.topic().id() + "/" + q.id()
        + "/" + q.members().stream().map(Item::id).toList())).toList();
  }

  @Test
  void reportsNothingAboutTheRealContentButTheKnownNearMissesAndGuesses() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    RealGraph.build(MergeRule.DEFAULT_THRESHOLD, Overrides.NONE, diagnostics);
    assertThat(diagnostics).isEmpty();
    assertThat(GRAPH.report().merges()).hasSize(
        (int) GRAPH.questions().stream().mapToLong(q -> q.members().size() - 1).sum());
  }
}
