package dev.studyguide.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each part of the merge rule, seen in the verdicts on real question pairs at the shipped threshold. */
class MergeRuleTest {
  private static final TopicGraph GRAPH = RealGraph.build();

  /** The decision the build made on a candidate pair, merge or near miss. */
  private static Optional<MergeDecision> decision(String first, String second) {
    String a = RealGraph.item(first).id();
    String b = RealGraph.item(second).id();
    return Stream.concat(GRAPH.report().merges().stream(), GRAPH.report().nearMisses().stream())
        .filter(d -> d.first().id().equals(a) && d.second().id().equals(b)
            || d.first().id().equals(b) && d.second().id().equals(a))
        .findFirst();
  }

  private static boolean merged(String first, String second) {
    return GRAPH.questionByItem().get(RealGraph.item(first).id())
        == GRAPH.questionByItem().get(RealGraph.item(second).id());
  }

  @Test
  void aTopicOneQuestionNamesInAFollowOnCountsForBoth() {
    // "Explain MDPs and how they are applied in RL" against "Describe the RL framework, focusing on MDPs".
    MergeDecision mdp = decision("000 #73", "000 #87").orElseThrow();
    assertThat(mdp.similarity()).isEqualTo(1.0);
    assertThat(merged("000 #73", "000 #87")).isTrue();
  }

  @Test
  void aDefinitionWithAFollowOnComparisonMatchesTheComparison() {
    MergeDecision sgd = decision("000 #16", "000 #62").orElseThrow();
    assertThat(sgd.reason()).contains("define/compare");
    assertThat(merged("000 #102", "000 Part 2 #1")).isTrue();
  }

  @Test
  void aNameWhoseWordsStandApartStillNamesItsTopic() {
    // "the dual of the SVM optimization problem" has the words of "dual problem", which the other clause names.
    assertThat(decision("000 Bonus 3", "000 Part 2 #5").orElseThrow().similarity()).isEqualTo(1.0);
    assertThat(merged("000 Bonus 3", "000 Part 2 #5")).isTrue();
  }

  @Test
  void anExtraQualifierCostsHalfItsWeight() {
    // "the role of convex conjugates in dual optimization problems" against "what they are used for in optimization".
    MergeDecision conjugates = decision("000 #29", "000 #54").orElseThrow();
    assertThat(conjugates.similarity()).isBetween(MergeRule.DEFAULT_THRESHOLD, 0.9);
    assertThat(merged("000 #29", "000 #54")).isTrue();
  }

  @Test
  void aBareWhatIsXGainsNothingFromBeingContainedInAQuestionAboutAnAspectOfX() {
    // "What is the CLT" is contained in "the assumptions behind the CLT"; only their Jaccard counts.
    assertThat(merged("000 #20", "000 #32")).isFalse();
    assertThat(decision("000 #20", "000 #32")).isEmpty(); // not even a near miss
    assertThat(merged("000 #59", "000 #108")).isFalse();
  }

  @Test
  void aDerivationIsNeverADefinitionHoweverAlikeTheWords() {
    MergeDecision softmax = decision("000 #6", "000 #96").orElseThrow();
    assertThat(softmax.similarity()).isEqualTo(1.0);
    assertThat(softmax.reason()).startsWith("different intent");
    assertThat(decision("000 #21", "000 Part 2 #1").orElseThrow().reason()).startsWith("different intent");
  }
}
