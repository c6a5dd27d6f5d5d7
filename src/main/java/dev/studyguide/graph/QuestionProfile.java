package dev.studyguide.graph;

import dev.studyguide.model.Inlines;
import dev.studyguide.model.Item;
import java.util.List;
import java.util.Set;

/**
 * What duplicate detection knows of one question: its shape, the terms and the topics of its main clause, the
 * terms of its whole prompt (follow-ons included), and the topic it was placed on.
 */
record QuestionProfile(Item item, int order, QuestionShape shape, List<String> mainTerms, Set<String> focus,
    Set<String> promptTerms, String topic) {

  static QuestionProfile of(Item item, int order, ConceptAnalyzer analyzer, String topic) {
    // The prompt's prose (no math): "Explain the KL divergence" and "What is $D_{KL}$?" compare on words.
    String prose = ProseText.of(item.prompt());
    String prompt = prose.isEmpty() ? Inlines.plainText(item.prompt()) : prose;
    QuestionShape shape = QuestionShape.of(prompt);
    List<String> terms = analyzer.conceptTerms(shape.mainClause());
    return new QuestionProfile(item, order, shape, terms, analyzer.concepts(shape.mainClause()),
        Set.copyOf(analyzer.terms(prompt)), topic);
  }
}
