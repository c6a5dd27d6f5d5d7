package dev.studyguide.graph.answer;

import dev.studyguide.graph.ConceptAnalyzer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What retrieval knows of a passage: the text of its heading (item title, the section it sits in, its lead words,
 * an answer's question) and of its body, and their terms.
 */
record PassageProfile(Passage passage, String head, String body, Set<String> headTerms, Set<String> allTerms,
    List<List<String>> titles, boolean hasMath) {

  static PassageProfile of(Passage passage, ConceptAnalyzer analyzer) {
    List<String> path = passage.item().sectionPath();
    String section = path.isEmpty() ? "" : path.get(path.size() - 1);
    String title = String.join("\n", passage.item().title(), PassageText.prompt(passage.item()), passage.lead())
        .strip();
    String head = (section + "\n" + title).strip();
    String body = PassageText.prose(passage.blocks());
    Set<String> negated = NegatedNames.in(analyzer, head);
    negated.addAll(NegatedNames.in(analyzer, body));
    Set<String> headTerms = Set.copyOf(NegatedNames.without(analyzer.terms(head), negated));
    Set<String> all = new HashSet<>(headTerms);
    all.addAll(NegatedNames.without(analyzer.terms(body), negated));
    // What it is called, with and without the section it sits in (003's "Definitions" says little alone).
    List<List<String>> titles = List.of(NegatedNames.without(analyzer.conceptTerms(title), negated),
        NegatedNames.without(analyzer.conceptTerms(head), negated));
    return new PassageProfile(passage, head, body, headTerms, Set.copyOf(all), titles, passage.hasMath());
  }

  /** Whether the passage is about a topic: its heading names it, or it sits on that topic. */
  boolean isAbout(String topic) {
    return headTerms.contains(ConceptAnalyzer.CONCEPT_PREFIX + topic) || passage.topic().equals(topic);
  }
}
