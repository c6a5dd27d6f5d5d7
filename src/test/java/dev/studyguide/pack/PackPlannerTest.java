package dev.studyguide.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.graph.StudyOrder;
import dev.studyguide.graph.Topic;
import dev.studyguide.graph.TopicEntry;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.GuideConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackPlannerTest {
  private final RealPacks real = RealPacks.get();
  private final TopicGraph graph = real.guide.graph();

  @Test
  void theGuideHasTheWholeGuideThenOnePackPerCategoryThenTheConfiguredPack() {
    assertThat(real.packs).extracting(Pack::id).containsExactly("guide", "probability-statistics", "linear-algebra",
        "calculus-optimization", "information-theory", "bayesian-probabilistic-models", "learning-theory",
        "classical-ml", "evaluation", "deep-learning", "reinforcement-learning",
        "unsorted", // 004's Key Takeaways: a round-up of the whole guide, on the Unsorted page
        "probability-essentials");
    assertThat(real.diagnostics).isEmpty();
  }

  @Test
  void theWholeGuideHoldsEveryQuestionOnceAndNumbersEachCategoryAsItsPackDoes() {
    Pack guide = real.pack("guide");
    assertThat(guide.questions()).hasSize(graph.questions().size()).doesNotHaveDuplicates();
    Map<String, Integer> numbers = guide.numbers();
    for (Pack.Part part : guide.parts()) {
      Pack category = real.pack(part.category().id());
      for (int i = 0; i < category.questions().size(); i++) {
        String id = category.questions().get(i).id();
        assertThat(numbers.get(id)).as(id).isEqualTo(i + 1).isEqualTo(category.numbers().get(id));
      }
    }
  }

  @Test
  void aCategoryPackHoldsItsTopicsWithContentInStudyOrder() {
    Pack pack = real.pack("calculus-optimization");
    List<TopicEntry> withContent = graph.topicsIn("calculus-optimization").stream()
        .filter(e -> !e.questions().isEmpty() || !e.notes().isEmpty()).toList();
    List<Topic> ordered = StudyOrder.of(withContent.stream().map(TopicEntry::topic).toList());
    assertThat(pack.parts()).singleElement().satisfies(p -> assertThat(p.category().title())
        .isEqualTo("Calculus & Optimization"));
    assertThat(pack.topics()).extracting(e -> e.topic().id())
        .containsExactlyElementsOf(ordered.stream().map(Topic::id).toList());
    assertThat(pack.questions()).hasSize(withContent.stream().mapToInt(e -> e.questions().size()).sum());
    // prerequisites first: the Hessian builds on partial derivatives and gradients
    List<String> ids = pack.topics().stream().map(e -> e.topic().id()).toList();
    assertThat(ids.indexOf("partial-derivatives-gradient")).isLessThan(ids.indexOf("hessian"));
  }

  @Test
  void theConfiguredPackTakesItsListedTopicsThatHoldContentInStudyOrder() {
    Pack pack = real.pack("probability-essentials");
    assertThat(pack.title()).isEqualTo("Probability essentials");
    assertThat(pack.kind()).isEqualTo(Pack.Kind.CUSTOM);
    // only topics content/guide.yaml lists, and of those the ones holding a question or a note
    assertThat(pack.topics()).extracting(e -> e.topic().id()).contains("bayes-theorem", "expectation-variance", "mle")
        .allMatch(id -> List.of("random-variables", "probability-rules", "independence", "bayes-theorem",
            "expectation-variance", "multivariate-gaussian", "law-of-large-numbers", "central-limit-theorem",
            "jensens-inequality", "mle", "fisher-information", "cramer-rao-bound").contains(id));
    List<String> ids = pack.topics().stream().map(e -> e.topic().id()).toList();
    assertThat(ids.indexOf("expectation-variance")).isLessThan(ids.indexOf("law-of-large-numbers"));
  }

  @Test
  void unknownIdsAndBuiltInNamesInConfiguredPacksAreReportedAtTheirLine() {
    GuideConfig config = new GuideConfig("t", "", "", List.of(), List.of(
        new GuideConfig.PackEntry("mine", "Mine", "", List.of("mle", "no-such-topic"), List.of("no-such-category"), 40),
        new GuideConfig.PackEntry("evaluation", "Clash", "", List.of("mle"), List.of(), 50),
        new GuideConfig.PackEntry("empty", "Empty", "", List.of("covariance-correlation"), List.of(), 60)));
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Pack> packs = PackPlanner.plan(graph, config, diagnostics);
    assertThat(packs).extracting(Pack::id).contains("mine").doesNotContain("empty");
    assertThat(packs.stream().filter(p -> p.id().equals("mine")).findFirst().orElseThrow().topics())
        .extracting(e -> e.topic().id()).containsExactly("mle");
    assertThat(diagnostics).extracting(d -> d.file() + ":" + d.line() + " " + d.message()).containsExactly(
        "guide.yaml:40 pack 'mine' names unknown topic 'no-such-topic'",
        "guide.yaml:40 pack 'mine' names unknown category 'no-such-category'",
        "guide.yaml:50 pack 'evaluation' has the id of a built-in pack",
        "guide.yaml:60 pack 'empty' has no topic with a question or a note");
  }
}
