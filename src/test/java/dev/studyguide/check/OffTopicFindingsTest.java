package dev.studyguide.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.graph.GraphBuilder;
import dev.studyguide.graph.MergeRule;
import dev.studyguide.graph.MixedGuide;
import dev.studyguide.graph.MoreQuestions;
import dev.studyguide.graph.Overrides;
import dev.studyguide.graph.TaxonomyLoader;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.source.Ingest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * `check` names each item that fits no topic at its file and line, with what to do about it; an overview named
 * after its whole category, or a round-up naming many topics, is placed by what it says it is and only noted.
 */
class OffTopicFindingsTest {
  @Test
  void anOverviewNamedAfterItsCategoryIsANoteNotAWarning() {
    Path content = Path.of("content");
    TopicGraph graph = new GraphBuilder(TaxonomyLoader.load(content, new ArrayList<>()).orElseThrow(), Overrides.NONE,
        MergeRule.DEFAULT_THRESHOLD).build(Ingest.read(content), new ArrayList<>());
    List<Finding> overviews = ContentCheck.review(graph).stream()
        .filter(f -> f.message().contains("is named after its category")).toList();
    assertThat(overviews).hasSize((int) graph.report().offTopic().stream()
        .filter(o -> o.reason() == MoreQuestions.Reason.NAMED_AFTER_CATEGORY).count()).isNotEmpty();
    Finding linearAlgebra = overviews.stream().filter(f -> f.message().startsWith("\"Linear Algebra\"")).findFirst()
        .orElseThrow();
    assertThat(linearAlgebra.level()).isEqualTo(Finding.Level.INFO);
    assertThat(linearAlgebra.format()).startsWith("004_305d9cc0fafbdfad.txt:3: ")
        .contains("listed under More questions of linear-algebra");
  }

  @Test
  void aRoundUpOfManyTopicsIsUnsortedAndANoteNotAWarning() {
    // 004's "Key Takeaways" names no topic in its heading and thirteen in its five lines, across five categories.
    Path content = Path.of("content");
    TopicGraph graph = new GraphBuilder(TaxonomyLoader.load(content, new ArrayList<>()).orElseThrow(), Overrides.NONE,
        MergeRule.DEFAULT_THRESHOLD).build(Ingest.read(content), new ArrayList<>());
    Finding takeaways = ContentCheck.review(graph).stream().filter(f -> f.message().startsWith("\"Key Takeaways\""))
        .findFirst().orElseThrow();
    assertThat(takeaways.level()).isEqualTo(Finding.Level.INFO);
    assertThat(takeaways.format()).startsWith("004_305d9cc0fafbdfad.txt:79: ")
        .contains("sums up 13 topics of several categories; listed under Unsorted");
    assertThat(graph.report().guessed()).noneMatch(p -> p.item().title().equals("Key Takeaways"));
  }

  @Test
  void aQuestionTheTaxonomyLacksIsAWarningWithTheWayOut() {
    List<Finding> lacking = ContentCheck.review(MixedGuide.build()).stream()
        .filter(f -> f.message().contains("fits no topic (best")).toList();
    assertThat(lacking).isNotEmpty().allSatisfy(f -> {
      assertThat(f.level()).isEqualTo(Finding.Level.WARNING);
      assertThat(f.format()).contains("graph --suggest-topics").contains("pin it in overrides.yaml");
    });
    assertThat(lacking).anySatisfy(f -> assertThat(f.format()).startsWith("interview-mix.md:"));
  }
}
