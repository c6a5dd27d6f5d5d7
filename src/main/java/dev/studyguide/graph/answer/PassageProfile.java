package dev.studyguide.graph.answer;

import dev.studyguide.graph.ConceptAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What retrieval knows of a passage: the text of its heading (item title, the section it sits in, its lead words,
 * an answer's question) and of its body, and their terms. Terms are kept as sorted arrays of shared strings: a
 * hundred times the corpus has some thirty thousand passages, and sets of their own strings filled the heap.
 */
record PassageProfile(Passage passage, String head, String body, String[] headTerms, String[] allTerms,
    List<List<String>> titles, boolean hasMath) {

  /**
   * Profiles a passage. Bodies are analysed without the analyzer's memo (each is analysed once, and keeping them
   * all would hold the corpus twice over); {@code pool} shares one string per distinct term.
   */
  static PassageProfile of(Passage passage, ConceptAnalyzer analyzer, Map<String, String> pool) {
    List<String> path = passage.item().sectionPath();
    String section = path.isEmpty() ? "" : path.get(path.size() - 1);
    String name = passage.item().title();
    String prompt = PassageText.prompt(passage.item());
    String lead = passage.lead();
    String head = String.join("\n", section, name, prompt, lead).strip();
    String body = PassageText.prose(passage.blocks());
    Set<String> negated = NegatedNames.in(analyzer, head);
    negated.addAll(NegatedNames.in(analyzer, body));
    List<String> headTerms = NegatedNames.without(analyzer.terms(head), negated);
    List<String> bodyTerms = NegatedNames.without(tokens(analyzer, body), negated);
    // What it is called: its title, an answer's question, each with the part's lead words, and its title within
    // the section it sits in (003's "Definitions" says little alone). Each name is weighed on its own: an
    // answer's long question beside its short title would dilute both.
    List<List<String>> titles = java.util.stream.Stream.of(name, prompt, section + "\n" + name)
        .map(String::strip).filter(t -> !t.isEmpty()).distinct()
        .map(t -> NegatedNames.without(analyzer.conceptTerms((t + "\n" + lead).strip()), negated))
        .toList();
    String[] all = java.util.stream.Stream.concat(headTerms.stream(), bodyTerms.stream()).distinct()
        .map(t -> pool.computeIfAbsent(t, k -> k)).sorted().toArray(String[]::new);
    String[] inHead = headTerms.stream().distinct().map(t -> pool.computeIfAbsent(t, k -> k)).sorted()
        .toArray(String[]::new);
    return new PassageProfile(passage, head, body, inHead, all, titles, passage.hasMath());
  }

  private static List<String> tokens(ConceptAnalyzer analyzer, String text) {
    try {
      return ConceptAnalyzer.tokens(analyzer, text);
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text in memory", e);
    }
  }

  boolean hasTerm(String term) {
    return Arrays.binarySearch(allTerms, term) >= 0;
  }

  boolean headHas(String term) {
    return Arrays.binarySearch(headTerms, term) >= 0;
  }

  /** Whether the passage is about a topic: its heading names it, or it sits on that topic. */
  boolean isAbout(String topic) {
    return headHas(ConceptAnalyzer.CONCEPT_PREFIX + topic) || passage.topic().equals(topic);
  }
}
