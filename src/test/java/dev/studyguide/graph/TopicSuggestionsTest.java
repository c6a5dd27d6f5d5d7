package dev.studyguide.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicSuggestionsTest {
  @Test
  void groupsTheOffTopicQuestionsOfTheMixedGuideByTheirSharedWords() {
    String yaml = TopicSuggestions.yaml(MixedGuide.build());
    assertThat(yaml)
        .contains("  - id: probability-puzzle\n    title: Probability puzzle\n    category: probability-statistics\n")
        .contains("  - id: sql\n    title: SQL\n    category: other\n")
        .contains("  - id: system-design\n    title: System design\n")
        .contains("  - id: a-b-testing\n    title: A/B testing\n")
        .contains("#   interview-mix.md #1  SQL: second highest salary")
        .contains("categories:\n  - id: other\n");
    assertThat(TopicSuggestions.yaml(MixedGuide.build())).as("same graph, same text").isEqualTo(yaml);
  }

  @Test
  void theRealGuideGetsTopicsForItsOverviewNotesOrSaysWhyNot() {
    String yaml = TopicSuggestions.yaml(RealGraph.build());
    assertThat(yaml).contains("004 Linear Algebra").doesNotContain("interview-mix");
  }
}
