package dev.studyguide.graph.answer;

import dev.studyguide.graph.ConceptAnalyzer;
import dev.studyguide.graph.MergedQuestion;
import dev.studyguide.graph.ProseText;
import dev.studyguide.graph.QuestionShape;
import dev.studyguide.model.Item;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one phrasing of a question asks, for answer retrieval: its kind of ask, the terms of its main clause (each
 * topic it names as one term) and the topics it names there.
 */
record AskProfile(MergedQuestion question, QuestionShape.Intent intent, List<String> terms, Set<String> focus) {

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
    return new AskProfile(question, shape.intent(), terms, analyzer.concepts(main));
  }
}
