package dev.studyguide.graph;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The rule that decides whether two questions are one. They are when they were placed on the same topic and both
 * main clauses name it, they ask compatible kinds of thing (a definition and a comparison are one kind; derive, why
 * and how each stand alone), and the main clauses' words agree: their idf-weighted Jaccard overlap, each topic name
 * counting as one word, reaches the threshold. Three readings keep wording from hiding a duplicate: a topic one
 * question names in its main clause and the other only in a follow-on counts for both ("what is SGD, and how does
 * it differ from batch GD" against "the difference between GD and SGD"); a clause that has all the words of a name
 * of a topic the other names, not side by side, names it too ("the dual of the SVM optimization problem" names the
 * dual problem); and when the shorter clause asks more than a bare topic, the score is the mean of the Jaccard and
 * the share of the shorter clause the longer contains, so an extra qualifier ("in dual optimization problems"
 * against "in optimization") costs half its weight, not all of it. A bare "what is X" is contained in every question
 * about X, so against it only the Jaccard counts ("the assumptions behind the CLT" is not "what is the CLT"). Topics
 * guard against questions that only share words ("KL in t-SNE" is not "KL"); intent and score guard against
 * questions on one topic that ask different things ("derive the softmax function" is not "explain it"); and
 * {@link Contrasts} against those whose one differing word changes what is asked (the exploding against the
 * vanishing gradient problem, strongly convex against convex functions).
 */
public final class MergeRule {
  /**
   * In the gap of the labelled pairs (MergeEvaluationTest): the different pairs that topic and intent let through
   * score at most 0.54, the same pairs at least 0.75, so 0.55 to 0.74 give the same verdicts there; nearer the
   * upper end because precision matters more than recall.
   */
  public static final double DEFAULT_THRESHOLD = 0.7;
  /**
   * Stems that say how something is asked or frame it, not what is asked; the words of a comparison among them, as
   * its intent already says it ("the difference between Lp norms" asks about Lp norms).
   */
  private static final Set<String> ASKING = Set.of("what", "explain", "defin", "describ", "how", "why", "doe",
      "role", "concept", "us", "mean", "give", "tell", "discuss", "state", "deriv", "context", "machin", "learn",
      "ml", "import", "term", "mathemat", "intuit", "perspect", "geometr", "framework", "focus", "simpl",
      "differ", "work", "compar", "comparison", "contrast", "versu", "vs");

  private final double threshold;
  private final ToDoubleFunction<String> idf;
  private final ConceptAnalyzer analyzer;
  private final Contrasts contrasts;

  public MergeRule(double threshold, ToDoubleFunction<String> idf, ConceptAnalyzer analyzer) {
    this.threshold = threshold;
    this.idf = idf;
    this.analyzer = analyzer;
    this.contrasts = new Contrasts(analyzer);
  }

  public double threshold() {
    return threshold;
  }

  /** The verdict on a candidate pair: a merge, or the reason it is not one. */
  public record Verdict(boolean merge, double similarity, String reason) {}

  public Verdict judge(QuestionProfile a, QuestionProfile b) {
    double similarity = similarity(a, b);
    Optional<String> blocker = blocker(a, b, similarity);
    return new Verdict(blocker.isEmpty(), similarity, blocker.orElse(
        "same kind (" + kind(a) + (a.shape().intent() == b.shape().intent() ? "" : "/" + kind(b)) + "), both name "
            + a.topic() + ", similar wording"));
  }

  private static String kind(QuestionProfile profile) {
    return profile.shape().intent().name().toLowerCase(Locale.ROOT);
  }

  private Optional<String> blocker(QuestionProfile a, QuestionProfile b, double similarity) {
    if (!a.topic().equals(b.topic())) {
      return Optional.of("different topics " + a.topic() + " vs " + b.topic());
    }
    if (!a.focus().contains(a.topic()) || !b.focus().contains(b.topic())) {
      return Optional.of("a main clause does not name " + a.topic());
    }
    if (!a.shape().intent().compatibleWith(b.shape().intent())) {
      return Optional.of("different intent " + a.shape().intent() + " vs " + b.shape().intent());
    }
    if (similarity < threshold) {
      return Optional.of("wording too different");
    }
    return contrasts.between(a, b);
  }

  /** How well the main clauses agree, from 0 to 1 (see the class comment). */
  double similarity(QuestionProfile a, QuestionProfile b) {
    Set<String> clauseA = content(a);
    Set<String> clauseB = content(b);
    nameApart(clauseA, clauseB);
    nameApart(clauseB, clauseA);
    Set<String> readA = withFollowOns(clauseA, clauseB, a.promptTerms());
    Set<String> readB = withFollowOns(clauseB, clauseA, b.promptTerms());
    Set<String> both = new HashSet<>(readA);
    both.retainAll(readB);
    double shared = weight(both);
    double weightA = weight(readA);
    double weightB = weight(readB);
    double either = weightA + weightB - shared;
    if (either == 0) {
      return 0;
    }
    double jaccard = shared / either;
    Set<String> shorter = weightA <= weightB ? readA : readB;
    QuestionProfile longer = weightA <= weightB ? b : a;
    boolean bare = shorter.size() == 1 && ConceptAnalyzer.isConcept(shorter.iterator().next())
        && !leadsWith(longer, shorter.iterator().next());
    return bare ? jaccard : (jaccard + shared / Math.min(weightA, weightB)) / 2;
  }

  /**
   * Whether the clause's first content term is {@code term}: the clause asks about it and what follows only
   * qualifies it ("what does softmax do in multi-class classification"), unlike a clause where it is the
   * complement of something else asked ("the assumptions behind the CLT").
   */
  private boolean leadsWith(QuestionProfile profile, String term) {
    boolean first = profile.mainTerms().stream().filter(t -> !ASKING.contains(t)).findFirst().filter(term::equals)
        .isPresent();
    if (!first) {
      return false;
    }
    String topic = ConceptAnalyzer.topicOf(term);
    if (profile.mainTerms().stream().anyMatch(analyzer.modifierWords(topic)::contains)) {
      return false; // "type II error" narrows the topic itself
    }
    String clause = profile.shape().mainClause();
    return analyzer.mentions(clause).stream().filter(m -> m.topic().equals(topic)).findFirst()
        .map(m -> !OF.matcher(clause.substring(m.end())).lookingAt()).orElse(true);
  }

  /** A complement after the topic: "the decomposition of the expected error" asks about that error. */
  private static final java.util.regex.Pattern OF = java.util.regex.Pattern.compile("\\s*(of|between)\\b");

  /** The clause's terms without the words that only say how it asks; presence, not count. */
  private static Set<String> content(QuestionProfile profile) {
    Set<String> out = new HashSet<>(profile.mainTerms());
    out.removeAll(ASKING);
    return out;
  }

  /** Gives {@code clause} each topic {@code other} names whose name's words {@code clause} has apart. */
  private void nameApart(Set<String> clause, Set<String> other) {
    for (String term : new java.util.TreeSet<>(other)) { // sorted: the same result every run
      if (!ConceptAnalyzer.isConcept(term) || clause.contains(term)) {
        continue;
      }
      for (Set<String> name : analyzer.multiWordNames(ConceptAnalyzer.topicOf(term))) {
        if (clause.containsAll(name)) {
          clause.removeAll(name);
          clause.add(term);
          break;
        }
      }
    }
  }

  /**
   * The clause and the terms its question has in a follow-on that the other clause has in its main clause: a
   * question that asks "explain softmax and its use in multi-class classification" asks what "what does softmax do
   * in multi-class classification" asks.
   */
  private static Set<String> withFollowOns(Set<String> clause, Set<String> other, Set<String> prompt) {
    Set<String> out = new HashSet<>(clause);
    other.stream().filter(prompt::contains).forEach(out::add);
    return out;
  }

  private double weight(Set<String> terms) {
    double sum = 0;
    for (String term : terms) {
      sum += idf.applyAsDouble(term);
    }
    return sum;
  }
}
