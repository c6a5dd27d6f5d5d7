package dev.studyguide.graph.answer;

import dev.studyguide.graph.ConceptAnalyzer;
import dev.studyguide.graph.QuestionShape;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Whether a passage answers a question, as a score from 0 to 1. The question's main clause is weighed term by
 * term (idf over the passages; a topic it names counts as one term). Two fifths of the score is the share of that
 * weight the passage holds anywhere, a fifth the share its heading holds, a fifth the share of its title's weight
 * that the question asks about (so a title naming much else counts less), a fifth whether it sits on the
 * question's topic. A passage that is not about what the question names (every topic of the main clause in its text, one of
 * them in its heading or as its topic; with no topic named, some word of the clause in its heading) scores half,
 * and so does one silent on what the question takes something of (a note on Hessians for "the Hessian of the
 * logistic loss"); a derivation without a formula four fifths. A link needs {@link #THRESHOLD}.
 */
final class AnswerRule {
  /** Chosen for precision on the tuning half of the labelled questions (see AnswerEvaluationTest). */
  static final double THRESHOLD = 0.45;

  /** A passage about one topic the question names but silent on another answers it in part. */
  static final double PART_OF_FOCUS = 0.85;

  private final ToDoubleFunction<String> idf;

  AnswerRule(ToDoubleFunction<String> idf) {
    this.idf = idf;
  }

  record Verdict(double score, String reason) {}

  Verdict judge(AskProfile ask, PassageProfile passage) {
    double total = 0;
    double anywhere = 0;
    double inHead = 0;
    for (String term : ask.terms()) {
      double w = idf.applyAsDouble(term);
      total += w;
      if (passage.hasTerm(term)) {
        anywhere += w;
      }
      if (passage.headHas(term)) {
        inHead += w;
      }
    }
    if (total == 0) {
      return new Verdict(0, "no terms");
    }
    boolean sameTopic = passage.passage().topic().equals(ask.question().placement().topic());
    double titled = titled(ask, passage);
    double score = 0.4 * anywhere / total + 0.2 * inHead / total + 0.2 * titled + (sameTopic ? 0.2 : 0);
    StringBuilder reason = new StringBuilder(String.format(Locale.ROOT, "terms %.2f, heading %.2f, title %.2f%s",
        anywhere / total, inHead / total, titled, sameTopic ? ", same topic" : ""));
    List<String> missing = missingObjects(ask, passage);
    if (!isAbout(ask, passage, inHead)) {
      score *= 0.5;
      reason.append(", not about ").append(ask.focus().isEmpty() ? "its words" : String.join("+", ask.focus()));
    } else if (!missing.isEmpty()) {
      score *= 0.5;
      reason.append(", not of ").append(String.join("+", missing));
    } else if (!namesAll(ask, passage)) {
      score *= PART_OF_FOCUS;
      reason.append(", names only part of ").append(String.join("+", ask.focus()));
    }
    if (ask.intent() == QuestionShape.Intent.DERIVE && !passage.hasMath()) {
      score *= 0.8;
      reason.append(", no formula to derive");
    }
    return new Verdict(score, reason.toString());
  }

  /**
   * The share of the passage's title the question asks about (idf-weighted), with or without its section: a
   * title that names much besides ("convergence of SGD for non-convex functions") answers "what is a convex
   * function" less than one that names only it.
   */
  private double titled(AskProfile ask, PassageProfile passage) {
    Set<String> asked = Set.copyOf(ask.terms());
    double best = 0;
    for (List<String> title : passage.titles()) {
      double total = 0;
      double shared = 0;
      for (String term : Set.copyOf(title)) {
        double w = idf.applyAsDouble(term);
        total += w;
        shared += asked.contains(term) ? w : 0;
      }
      best = Math.max(best, total == 0 ? 0 : shared / total);
    }
    return best;
  }

  private static boolean isAbout(AskProfile ask, PassageProfile passage, double inHead) {
    if (ask.focus().isEmpty()) {
      return inHead > 0;
    }
    boolean named = ask.focus().stream().anyMatch(passage::isAbout);
    return named && (ask.intent() != QuestionShape.Intent.COMPARE || namesAll(ask, passage));
  }

  /**
   * The topics the question asks something of that the passage does not name, by the topic's names or in the
   * question's own words for it (a note listing rules for "Bernoulli" names the Bernoulli distribution).
   */
  private static List<String> missingObjects(AskProfile ask, PassageProfile passage) {
    return ask.objects().entrySet().stream()
        .filter(o -> !passage.hasTerm(ConceptAnalyzer.CONCEPT_PREFIX + o.getKey())
            && (o.getValue().isEmpty() || !o.getValue().stream().allMatch(passage::hasTerm)))
        .map(Map.Entry::getKey)
        .toList();
  }

  private static boolean namesAll(AskProfile ask, PassageProfile passage) {
    return ask.focus().stream()
        .allMatch(t -> passage.hasTerm(ConceptAnalyzer.CONCEPT_PREFIX + t));
  }
}
