package dev.studyguide.graph;

import dev.studyguide.model.Inlines;
import dev.studyguide.model.Item;
import java.util.List;
import java.util.Set;

/**
 * What duplicate detection knows of one question: its shape, the terms and the topics of its main clause, and
 * the topic it was placed on.
 */
record QuestionProfile(Item item, int order, QuestionShape shape, List<String> mainTerms, Set<String> focus,
    String topic) {

  static QuestionProfile of(Item item, int order, ConceptAnalyzer analyzer, String topic) {
    // The prompt's prose (no math): "Explain the KL divergence" and "What is $D_{KL}$?" compare on words.
    String prompt = ProseText.of(item.prompt());
    QuestionShape shape = QuestionShape.of(prompt.isEmpty() ? Inlines.plainText(item.prompt()) : prompt);
    List<String> terms = analyzer.conceptTerms(shape.mainClause());
    return new QuestionProfile(item, order, shape, terms, analyzer.concepts(shape.mainClause()), topic);
  }
}
