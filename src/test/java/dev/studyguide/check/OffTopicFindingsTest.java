package dev.studyguide.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.graph.GraphBuilder;
import dev.studyguide.graph.MergeRule;
import dev.studyguide.graph.Overrides;
import dev.studyguide.graph.TaxonomyLoader;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.source.Ingest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `check` names each item that fits no topic at its file and line, with what to do about it. */
class OffTopicFindingsTest {
  @Test
  void eachOverviewNoteOfTheRealGuideIsAWarningWithTheWayOut() {
    Path content = Path.of("content");
    TopicGraph graph = new GraphBuilder(TaxonomyLoader.load(content, new ArrayList<>()).orElseThrow(), Overrides.NONE,
        MergeRule.DEFAULT_THRESHOLD).build(Ingest.read(content), new ArrayList<>());
    List<Finding> offTopic = ContentCheck.review(graph).stream()
        .filter(f -> f.message().contains("fits no topic (best")).toList();
    assertThat(offTopic).hasSize(graph.report().offTopic().size()).isNotEmpty();
    Finding linearAlgebra = offTopic.stream().filter(f -> f.message().startsWith("\"Linear Algebra\"")).findFirst()
        .orElseThrow();
    assertThat(linearAlgebra.level()).isEqualTo(Finding.Level.WARNING);
    assertThat(linearAlgebra.format()).startsWith("004_305d9cc0fafbdfad.txt:3: warning: [content] \"Linear Algebra\"")
        .contains("listed under More questions of linear-algebra")
        .contains("graph --suggest-topics").contains("pin it in overrides.yaml");
  }
}
