package dev.studyguide.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The rule that decides whether two questions are one. They are when they ask the same kind of thing
 * (define, derive, compare, why, how), they were placed on the same topic and both main clauses name it, and the
 * main clauses' words agree (each topic name counting as one word): their idf-weighted Jaccard overlap is at least the threshold (a clause that adds
 * a rare word, "assumptions behind the CLT" against "what is the CLT", loses that word's whole weight). Topics guard against
 * questions that only share words ("KL in t-SNE" is not "KL"); the cosine guards against questions about the
 * same topic that ask different things.
 */
public final class MergeRule {
  /** Mid-plateau of the labelled pairs (MergeEvaluationTest): 0.55 to 0.90 give the same verdicts there. */
  public static final double DEFAULT_THRESHOLD = 0.7;
  /** Stems that say how something is asked or frame it, not what is asked. */
  private static final Set<String> ASKING = Set.of("what", "explain", "defin", "describ", "how", "why", "doe",
      "role", "concept", "us", "mean", "give", "tell", "discuss", "state", "deriv", "context", "machin", "learn",
      "ml", "import", "term", "mathemat", "intuit", "perspect", "geometr", "framework", "focus", "simpl");

  private final double threshold;
  private final ToDoubleFunction<String> idf;

  public MergeRule(double threshold, ToDoubleFunction<String> idf) {
    this.threshold = threshold;
    this.idf = idf;
  }

  public double threshold() {
    return threshold;
  }

  /** The verdict on a candidate pair: a merge, or the reason it is not one. */
  public record Verdict(boolean merge, double similarity, String reason) {}

  public Verdict judge(QuestionProfile a, QuestionProfile b) {
    double similarity = overlap(a.mainTerms(), b.mainTerms());
    Optional<String> blocker = blocker(a, b, similarity);
    return new Verdict(blocker.isEmpty(), similarity, blocker.orElse(
        "same intent (" + a.shape().intent().name().toLowerCase(java.util.Locale.ROOT) + "), both name "
            + a.topic() + ", similar wording"));
  }

  private Optional<String> blocker(QuestionProfile a, QuestionProfile b, double similarity) {
    if (!a.topic().equals(b.topic())) {
      return Optional.of("different topics " + a.topic() + " vs " + b.topic());
    }
    if (!a.focus().contains(a.topic()) || !b.focus().contains(b.topic())) {
      return Optional.of("a main clause does not name " + a.topic());
    }
    if (a.shape().intent() != b.shape().intent()) {
      return Optional.of("different intent " + a.shape().intent() + " vs " + b.shape().intent());
    }
    if (similarity < threshold) {
      return Optional.of("wording too different");
    }
    return Optional.empty();
  }

  /** Weighted Jaccard: the weight both clauses share over the weight either has, terms weighted by idf. */
  double overlap(List<String> a, List<String> b) {
    Map<String, Double> va = vector(a);
    Map<String, Double> vb = vector(b);
    double shared = 0;
    double either = 0;
    Set<String> terms = new java.util.HashSet<>(va.keySet());
    terms.addAll(vb.keySet());
    for (String term : terms) {
      double x = va.getOrDefault(term, 0.0);
      double y = vb.getOrDefault(term, 0.0);
      shared += Math.min(x, y);
      either += Math.max(x, y);
    }
    return either == 0 ? 0 : shared / either;
  }

  private Map<String, Double> vector(List<String> terms) {
    Map<String, Double> out = new HashMap<>();
    for (String term : terms) {
      if (!ASKING.contains(term)) {
        out.put(term, idf.applyAsDouble(term)); // presence, not count: a clause says a word once
      }
    }
    return out;
  }

}
