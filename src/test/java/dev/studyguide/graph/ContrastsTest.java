package dev.studyguide.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Inline;
import dev.studyguide.model.Item;
import dev.studyguide.model.ItemIds;
import dev.studyguide.model.ItemKind;
import dev.studyguide.model.SourceRef;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The parts a topic's title joins and the degree adverbs before a name, on the real taxonomy. */
class ContrastsTest {
  private static final ConceptAnalyzer ANALYZER = ConceptAnalyzer.of(RealGraph.TAXONOMY);
  private static final Contrasts CONTRASTS = new Contrasts(ANALYZER);

  private static QuestionProfile question(String text, String topic) {
    Item item = new Item(ItemIds.of(ItemKind.QUESTION, "written.md", text), ItemKind.QUESTION, "", List.of(),
        List.of(new Inline.Text(text)), List.of(), List.of(), new SourceRef("written.md", 1, 1, text));
    return QuestionProfile.of(item, 0, ANALYZER, topic);
  }

  private static Optional<String> between(String first, String second, String topic) {
    return CONTRASTS.between(question(first, topic), question(second, topic));
  }

  @Test
  void aTitleThatJoinsThingsHasOnePartEachWithoutTheHeadTheyShare() {
    assertThat(CONTRASTS.parts("vanishing-exploding-gradients")).containsExactly(Set.of("vanish"), Set.of("explod"));
    assertThat(CONTRASTS.parts("value-policy-iteration")).containsExactly(Set.of("valu"), Set.of("polici"));
    assertThat(CONTRASTS.parts("bernoulli-binomial")).containsExactly(Set.of("bernoulli"), Set.of("binomi"));
    assertThat(CONTRASTS.parts("exploration-exploitation")).hasSize(2);
    assertThat(CONTRASTS.parts("kl-divergence")).isEmpty(); // joins nothing
  }

  @Test
  void questionsAboutDifferentPartsOfATopicDiffer() {
    assertThat(between("Explain the exploding gradient problem.", "What is the vanishing gradient problem?",
        "vanishing-exploding-gradients")).hasValue("different parts of vanishing-exploding-gradients");
    assertThat(between("What is the mean of a Bernoulli distribution?", "What is the mean of a binomial distribution?",
        "expectation-variance")).hasValue("different parts of bernoulli-binomial");
  }

  @Test
  void aQuestionThatNamesBothPartsOrTheSamePartConflictsWithNeither() {
    assertThat(between("Explain vanishing and exploding gradients.", "What is the vanishing gradient problem?",
        "vanishing-exploding-gradients")).isEmpty();
    assertThat(between("Explain vanishing gradients in deep networks.", "What is the vanishing gradient problem?",
        "vanishing-exploding-gradients")).isEmpty();
    // "expected value and variance" and "mean and variance" share the variance part.
    assertThat(between("Derive the expected value and variance of a Poisson distribution.",
        "Derive the mean and variance of a Poisson random variable.", "expectation-variance")).isEmpty();
  }

  @Test
  void aDegreeAdverbBeforeANameGradesIt() {
    assertThat(between("Explain the convergence rate of gradient descent on convex functions.",
        "Explain the convergence rate of gradient descent on strongly convex functions.", "convergence-analysis"))
        .hasValue("'strongly' grades convex-functions in one question only");
    assertThat(between("What is the convergence rate of gradient descent for strongly convex functions?",
        "Explain the convergence rate of gradient descent on strongly convex functions.", "convergence-analysis"))
        .isEmpty();
  }

  @Test
  void anAdjectiveBeforeANameIsNoGrade() {
    // The usual case named more fully: the hard-margin SVM's dual is the SVM's dual.
    assertThat(between("Derive the dual of the hard-margin SVM optimization problem.",
        "Derive the dual of the SVM optimization problem.", "svm")).isEmpty();
    assertThat(between("Derive the closed-form solution for ordinary least squares.",
        "Derive the closed-form solution for least squares.", "linear-regression")).isEmpty();
  }
}
