package dev.studyguide.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A new document that asks real questions again in other words merges with them, with no overrides. */
class CrossDocumentMergeTest {
  @Test
  void repeatedQuestionsJoinTheRealOnes() {
    TopicGraph graph = MixedGuide.build();
    Map<String, MergedQuestion> byItem = graph.questionByItem();
    Map<String, String> repeats = Map.of(
        "repeats #1", "000 #6", // softmax gradient
        "repeats #2", "000 #98", // KL divergence
        "repeats #3", "000 #79", // bias-variance
        "repeats #4", "000 #24", // Fisher information
        "repeats #5", "000 Bonus 3"); // SVM dual
    repeats.forEach((repeat, original) -> assertThat(byItem.get(MixedGuide.item(repeat).id()))
        .as(repeat + " merges with " + original)
        .isSameAs(byItem.get(MixedGuide.item(original).id())));
  }

  @Test
  void questionsTheTaxonomyLacksMergeWithNothing() {
    TopicGraph graph = MixedGuide.build();
    assertThat(graph.questionByItem().get(MixedGuide.item("interview-mix #1").id()).members()).hasSize(1);
  }
}
