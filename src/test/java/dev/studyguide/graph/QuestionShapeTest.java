package dev.studyguide.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.graph.QuestionShape.Intent;
import org.junit.jupiter.api.Test;

/** What a real question asks for and where its main clause ends. */
class QuestionShapeTest {
  private static QuestionShape shapeOf(String ref) {
    return QuestionShape.of(ProseText.of(RealGraph.item(ref).prompt()));
  }

  @Test
  void aDefinitionFollowedByHowItDiffersIsADefinitionWithAFollowOn() {
    QuestionShape mle = shapeOf("000 #102");
    assertThat(mle.intent()).isEqualTo(Intent.DEFINE);
    assertThat(mle.mainClause()).isEqualTo("What is the maximum likelihood estimation (MLE)");
    QuestionShape sgd = shapeOf("000 #16");
    assertThat(sgd.intent()).isEqualTo(Intent.DEFINE);
    assertThat(sgd.mainClause()).isEqualTo("What is stochastic gradient descent (SGD)");
  }

  @Test
  void aDifferenceAskedForInTheMainClauseIsAComparison() {
    assertThat(shapeOf("000 #62").intent()).isEqualTo(Intent.COMPARE);
    assertThat(shapeOf("000 #31")).isEqualTo(new QuestionShape(Intent.COMPARE, "What is the difference between Lp norms?"));
  }

  @Test
  void howSomethingWorksIsADefinitionAndOtherHowsStandAlone() {
    assertThat(QuestionShape.of("How does spectral clustering work?").intent()).isEqualTo(Intent.DEFINE);
    assertThat(QuestionShape.of("How do hidden Markov models work for time series?").intent()).isEqualTo(Intent.DEFINE);
    assertThat(shapeOf("001 #25").intent()).isEqualTo(Intent.HOW); // how a 1x1 convolution reduces dimensionality
  }

  @Test
  void endsTheMainClauseAtTheFirstFollowOn() {
    assertThat(shapeOf("000 #73").mainClause()).isEqualTo("Explain the concept of Markov Decision Processes (MDP)");
    assertThat(shapeOf("000 Part 2 #1").mainClause()).isEqualTo("Explain maximum likelihood estimation (MLE)");
  }

  @Test
  void definitionsAndComparisonsAreOneKindAndTheOtherKindsStandAlone() {
    assertThat(Intent.DEFINE.compatibleWith(Intent.COMPARE)).isTrue();
    assertThat(Intent.COMPARE.compatibleWith(Intent.DEFINE)).isTrue();
    assertThat(Intent.DERIVE.compatibleWith(Intent.DEFINE)).isFalse();
    assertThat(Intent.DEFINE.compatibleWith(Intent.WHY)).isFalse();
    assertThat(Intent.HOW.compatibleWith(Intent.COMPARE)).isFalse();
    for (Intent intent : Intent.values()) {
      assertThat(intent.compatibleWith(intent)).isTrue();
    }
  }
}
