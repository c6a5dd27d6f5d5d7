package dev.studyguide.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of editor override, read from an overrides.yaml, applied to the real content. */
class OverridesTest {
  @TempDir Path tmp;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private TopicGraph buildWith(String yaml) throws Exception {
    Files.writeString(tmp.resolve(OverridesLoader.FILE_NAME), yaml);
    Overrides overrides = OverridesLoader.load(tmp, diagnostics);
    return RealGraph.build(MergeRule.DEFAULT_THRESHOLD, overrides, diagnostics);
  }

  private static String id(String ref) {
    return RealGraph.item(ref).id();
  }

  @Test
  void forcedMergeJoinsQuestionsTheMethodKeptApart() throws Exception {
    TopicGraph graph = buildWith("merge:\n  - [\"000 #53\", \"004 Q4\"]\n");
    assertThat(graph.questionByItem().get(id("000 #53"))).isSameAs(graph.questionByItem().get(id("004 Q4")));
    assertThat(graph.report().merges()).anySatisfy(m -> assertThat(m.reason()).contains("overrides.yaml line 2"));
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void forcedSplitKeepsMergedQuestionsApart() throws Exception {
    TopicGraph graph = buildWith("split:\n  - [\"000 #4\", \"000 #114\"]\n");
    String four = graph.questionByItem().get(id("000 #4")).id();
    String hundredFourteen = graph.questionByItem().get(id("000 #114")).id();
    assertThat(four).isNotEqualTo(hundredFourteen);
    assertThat(graph.questionByItem().get(id("000 #98")).id()).isIn(four, hundredFourteen);
  }

  @Test
  void pinPlacesAnItemOnTheNamedTopic() throws Exception {
    TopicGraph graph = buildWith("pin:\n  - item: \"000 #15\"\n    topic: information-gain\n");
    var placement = graph.questionByItem().get(id("000 #15")).placement();
    assertThat(placement.topic()).isEqualTo("information-gain");
    assertThat(placement.fit()).isEqualTo(Placement.Fit.PINNED);
  }

  @Test
  void pinsByIdToo() throws Exception {
    TopicGraph graph = buildWith("pin:\n  - item: " + id("002 1.8") + "\n    topic: entropy\n");
    assertThat(graph.noteByItem().get(id("002 1.8")).topic()).isEqualTo("entropy");
  }

  @Test
  void reportsOverridesThatMatchNothingWithTheirLine() throws Exception {
    buildWith("merge:\n  - [\"000 #4\", \"000 #999\"]\npin:\n  - item: \"009 Q1\"\n    topic: entropy\n"
        + "  - item: \"000 #4\"\n    topic: no-such-topic\n");
    assertThat(diagnostics).extracting(Diagnostic::format).containsExactlyInAnyOrder(
        "overrides.yaml:2: warning: '000 #999' matches no question (use an item id or 'FILE LABEL' as in graph --report)",
        "overrides.yaml:6: error: pin names unknown topic 'no-such-topic' (use a topic id from topics.yaml)",
        "overrides.yaml:4: warning: pin '009 Q1' matches no item (use an item id or 'FILE LABEL' as in graph --report)");
  }
}
