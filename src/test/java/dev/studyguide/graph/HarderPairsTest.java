package dev.studyguide.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Item;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Merging on the harder labelled pairs (harder-pairs.tsv), joined to the real corpus: the figures on the part
 * the rule was never tuned on, and one case of each kind of wording the rule now reads, and of each hard
 * non-duplicate it must keep apart.
 */
class HarderPairsTest {
  private static final HarderPairs PAIRS = new HarderPairs();
  private static final TopicGraph GRAPH = PAIRS.graph();

  private static boolean merged(String first, String second) {
    Map<String, MergedQuestion> byItem = GRAPH.questionByItem();
    return byItem.get(item(first).id()) == byItem.get(item(second).id());
  }

  /** A question of the sources by "FILE LABEL", or a written one of the file by its text. */
  private static Item item(String refOrText) {
    return PAIRS.rows.stream().flatMap(r -> java.util.stream.Stream.of(r.pair().first(), r.pair().second()))
        .filter(i -> i.source().label().equals(refOrText.replaceFirst("^\\d{3} ", ""))
            && i.source().file().startsWith(refOrText.substring(0, 3))
            || dev.studyguide.model.Inlines.plainText(i.prompt()).equals(refOrText))
        .findFirst().orElseThrow(() -> new AssertionError("no pair has " + refOrText));
  }

  @Test
  void mergesMostHarderDuplicatesOnThePartItWasNotTunedOn() {
    for (String split : java.util.List.of("tune", "report")) {
      MergeEvaluationTest.Score score = MergeEvaluationTest.score(GRAPH, PAIRS.pairs(split));
      System.out.printf(Locale.ROOT, "harder pairs, %s part: precision %.3f, recall %.3f (tp %d, fp %d, fn %d)%n",
          split, score.precision(), score.recall(), score.truePositives(), score.falsePositives(),
          score.falseNegatives());
      score.mistakes().forEach(m -> System.out.println("  " + m));
    }
    MergeEvaluationTest.Score report = MergeEvaluationTest.score(GRAPH, PAIRS.pairs("report"));
    // The targets. Measured: precision 1.00, recall 0.93 (before the contrast readings 0.88/0.93 on these
    // rows; see the README).
    assertThat(report.precision()).as("precision").isGreaterThanOrEqualTo(0.97);
    assertThat(report.recall()).as("recall").isGreaterThanOrEqualTo(0.9);
    assertThat(report.mistakes()).as("hard non-duplicates merged").noneMatch(m -> m.startsWith("wrongly merged"));
  }

  @Test
  void anotherVerbForTheSameObject() {
    // "How does X work" asks what "describe X" asks.
    assertThat(merged("000 #93", "How does spectral clustering work?")).isTrue();
    assertThat(merged("000 #42", "State the representer theorem.")).isTrue();
  }

  @Test
  void oneAsksALittleMore() {
    assertThat(merged("000 #34", "What are the KKT conditions and when are they sufficient for optimality?")).isTrue();
    // A follow-on of one question that the other asks in its main clause counts for both.
    assertThat(merged("000 #96", "What does the softmax function do in multi-class classification?")).isTrue();
  }

  @Test
  void aQualifierOrANearSynonymAfterTheTopic() {
    assertThat(merged("000 #2", "Derive the closed-form solution for ordinary least squares.")).isTrue();
    assertThat(merged("000 #19", "What is the Mahalanobis metric?")).isTrue();
    assertThat(merged("000 #99", "How do hidden Markov models work for time series?")).isTrue();
  }

  @Test
  void anAbbreviationAgainstItsExpansionInAnotherOrder() {
    assertThat(merged("000 #44", "What is a reproducing kernel Hilbert space (RKHS)?")).isTrue();
    assertThat(merged("000 #7", "What is the difference between MAP estimation and MLE?")).isTrue();
  }

  @Test
  void keepsHardNonDuplicatesApart() {
    // Names that narrow the topic ("type II error", "reverse KL") keep the word that narrows it.
    assertThat(merged("What is a type I error?", "What is a type II error?")).isFalse();
    assertThat(merged("000 #4", "Explain the difference between forward and reverse KL divergence.")).isFalse();
    assertThat(merged("How does L1 regularization perform feature selection?",
        "How does L2 regularization affect feature selection?")).isFalse();
    assertThat(merged("Compare LDA and PCA for dimensionality reduction.",
        "Compare t-SNE and PCA for dimensionality reduction.")).isFalse();
    assertThat(merged("Explain the primal form of the SVM.", "Explain the dual form of the SVM.")).isFalse();
  }

  @Test
  void keepsApartDifferentPartsOfATopicWhoseTitleJoinsThem() {
    assertThat(merged("Explain the exploding gradient problem.", "000 #91")).isFalse();
    assertThat(merged("000 #13", "What is the expected value and variance of a binomial distribution?")).isFalse();
    assertThat(merged("Explain value iteration.", "Explain policy iteration.")).isFalse();
    // ... while each part still merges with its own rewordings.
    assertThat(merged("What is the vanishing gradient problem?", "Explain vanishing gradients in deep networks."))
        .isTrue();
    assertThat(merged("What is the exploding gradient problem and how does gradient clipping address it?",
        "Explain exploding gradients.")).isTrue();
  }

  @Test
  void keepsApartAQuestionWhoseNameADegreeAdverbGrades() {
    assertThat(merged("Explain the convergence rate of gradient descent on convex functions.",
        "Explain the convergence rate of gradient descent on strongly convex functions.")).isFalse();
    assertThat(merged("What is the convergence rate of gradient descent for strongly convex functions?",
        "Explain the convergence rate of gradient descent on strongly convex functions.")).isTrue();
  }
}
