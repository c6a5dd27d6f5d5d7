package dev.studyguide.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.graph.GraphBuilder;
import dev.studyguide.graph.MergeRule;
import dev.studyguide.graph.MixedGuide;
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
 * after its whole category is placed by that name and only noted.
 */
class OffTopicFindingsTest {
  @Test
  void anOverviewNamedAfterItsCategoryIsANoteNotAWarning() {
    Path content = Path.of("content");
    TopicGraph graph = new GraphBuilder(TaxonomyLoader.load(content, new ArrayList<>()).orElseThrow(), Overrides.NONE,
        MergeRule.DEFAULT_THRESHOLD).build(Ingest.read(content), new ArrayList<>());
    List<Finding> overviews = ContentCheck.review(graph).stream()
        .filter(f -> f.message().contains("is named after its category")).toList();
    assertThat(overviews).hasSize(graph.report().offTopic().size()).isNotEmpty();
    Finding linearAlgebra = overviews.stream().filter(f -> f.message().startsWith("\"Linear Algebra\"")).findFirst()
        .orElseThrow();
    assertThat(linearAlgebra.level()).isEqualTo(Finding.Level.INFO);
    assertThat(linearAlgebra.format()).startsWith("004_305d9cc0fafbdfad.txt:3: ")
        .contains("listed under More questions of linear-algebra");
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
