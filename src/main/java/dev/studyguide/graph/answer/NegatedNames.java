package dev.studyguide.graph.answer;

import dev.studyguide.graph.ConceptAnalyzer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Topic names a text only negates: "non-convex functions" names convex functions for the analyzer, but a passage
 * on SGD for non-convex functions does not answer "what is a convex function".
 */
final class NegatedNames {
  private NegatedNames() {}

  /** The concept terms of the topics that every mention in {@code text} negates. */
  static Set<String> in(ConceptAnalyzer analyzer, String text) {
    Set<String> negated = new HashSet<>();
    if (!text.toLowerCase(Locale.ROOT).contains("non")) {
      return negated; // most texts negate nothing; asking for mentions would keep every text in the analyzer's memo
    }
    Set<String> plain = new HashSet<>();
    for (ConceptAnalyzer.Mention mention : analyzer.mentions(text)) {
      // "non-convex" either before the name or as a name of its own (a topic may list it as an alias).
      String around = text.substring(Math.max(0, mention.start() - 4), Math.min(text.length(), mention.start() + 4))
          .toLowerCase(Locale.ROOT);
      boolean negates = around.contains("non-") || around.contains("non ");
      (negates ? negated : plain).add(mention.topic());
    }
    negated.removeAll(plain);
    Set<String> out = new HashSet<>();
    negated.forEach(t -> out.add(ConceptAnalyzer.CONCEPT_PREFIX + t));
    return out;
  }

  static List<String> without(List<String> terms, Set<String> negated) {
    return negated.isEmpty() ? terms : terms.stream().filter(t -> !negated.contains(t)).toList();
  }
}
