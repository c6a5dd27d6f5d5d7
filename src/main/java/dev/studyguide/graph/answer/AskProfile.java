package dev.studyguide.graph.answer;

import dev.studyguide.graph.ConceptAnalyzer;
import dev.studyguide.graph.MergedQuestion;
import dev.studyguide.graph.ProseText;
import dev.studyguide.graph.QuestionShape;
import dev.studyguide.model.Item;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one phrasing of a question asks, for answer retrieval: its kind of ask, the terms of its main clause (each
 * topic it names as one term), the topics it names there, and of those the ones it asks something of.
 *
 * @param objects topics the clause names after "of", following another named topic ("the Hessian of the logistic
 *     loss", "the variance of a Poisson distribution"), each with the words it is written in: what is asked is
 *     taken of that thing, so a passage on the Hessian or on variance in general does not answer it
 */
record AskProfile(MergedQuestion question, QuestionShape.Intent intent, List<String> terms, Set<String> focus,
    Map<String, List<String>> objects) {

  /** "of", "of the", "of a", "of an" right before a name. */
  private static final Pattern OF = Pattern.compile("\\bof\\s+(?:(?:the|a|an)\\s+)?$");

  static List<AskProfile> of(MergedQuestion question, ConceptAnalyzer analyzer) {
    Set<String> seen = new LinkedHashSet<>();
    return question.members().stream()
        .map(m -> of(question, m, analyzer))
        .filter(p -> !p.terms().isEmpty() && seen.add(String.join(" ", p.terms())))
        .toList();
  }

  private static AskProfile of(MergedQuestion question, Item member, ConceptAnalyzer analyzer) {
    String prose = ProseText.of(member.prompt());
    QuestionShape shape = QuestionShape.of(prose.isEmpty() ? member.title() : prose);
    String main = (member.title() + "\n" + shape.mainClause()).strip();
    List<String> terms = List.copyOf(new LinkedHashSet<>(analyzer.conceptTerms(main)));
    return new AskProfile(question, shape.intent(), terms, analyzer.concepts(main), objects(main, analyzer));
  }

  private static Map<String, List<String>> objects(String clause, ConceptAnalyzer analyzer) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    Set<String> before = new LinkedHashSet<>();
    for (ConceptAnalyzer.Mention mention : analyzer.mentions(clause)) {
      String lead = clause.substring(Math.max(0, mention.start() - 12), mention.start()).toLowerCase(Locale.ROOT);
      boolean afterAnother = before.stream().anyMatch(t -> !t.equals(mention.topic()));
      if (afterAnother && OF.matcher(lead).find()) {
        out.putIfAbsent(mention.topic(), analyzer.terms(clause.substring(mention.start(), mention.end())).stream()
            .filter(t -> !ConceptAnalyzer.isConcept(t)).toList());
      }
      before.add(mention.topic());
    }
    return out;
  }
}
