package dev.studyguide.graph;

import dev.studyguide.model.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well a topic covers what an item says, from 0 to 1: the share of the item's terms, each weighted by its
 * BM25 idf over the topic documents, that the topic's document contains; taken for the item's headline (title,
 * prompt and the heading of its section) and for the most frequent terms of its follow-ups and body, and the
 * better of the two (a note titled "Rank" says in its body what it is about). A topic's document is what
 * {@link TopicAssigner} indexes: its names with their concept token, its summary and, when questions are
 * scored, the notes placed on it. A term no topic uses weighs most, so a question about SQL joins fits every
 * topic badly however well one of its words matches.
 */
final class TopicFit {
  private static final int DETAIL_TERMS = 24;

  private final ConceptAnalyzer analyzer;
  private final Map<String, Set<String>> termsByTopic = new HashMap<>();
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final int documents;

  TopicFit(ConceptAnalyzer analyzer, Taxonomy taxonomy, Map<String, List<Item>> notesByTopic) {
    this.analyzer = analyzer;
    for (Topic topic : taxonomy.topics()) {
      Set<String> terms = new HashSet<>();
      topic.names().forEach(name -> terms.addAll(analyzer.terms(name)));
      terms.addAll(analyzer.terms(topic.summary()));
      for (Item note : notesByTopic.getOrDefault(topic.id(), List.of())) {
        terms.addAll(analyzer.terms(ProseText.headline(note) + "\n" + ProseText.details(note)));
      }
      termsByTopic.put(topic.id(), terms);
      terms.forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
    }
    this.documents = taxonomy.topics().size();
  }

  /** The fit of {@code item} on {@code topicId}. */
  double of(Item item, String topicId) {
    Set<String> document = termsByTopic.getOrDefault(topicId, Set.of());
    return Math.max(coverage(headlineTerms(item), document), coverage(detailTerms(item), document));
  }

  private double coverage(Set<String> terms, Set<String> document) {
    double total = 0;
    double covered = 0;
    for (String term : terms) {
      double idf = idf(term);
      total += idf;
      if (document.contains(term)) {
        covered += idf;
      }
    }
    return total == 0 ? 0 : covered / total;
  }

  private Set<String> headlineTerms(Item item) {
    Set<String> terms = new LinkedHashSet<>(analyzer.terms(ProseText.headline(item)));
    if (!item.sectionPath().isEmpty()) {
      terms.addAll(analyzer.terms(item.sectionPath().get(item.sectionPath().size() - 1)));
    }
    return terms;
  }

  /** The most frequent terms of the follow-ups and body, ties in order of appearance. */
  private Set<String> detailTerms(Item item) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    analyzer.terms(ProseText.details(item)).forEach(t -> counts.merge(t, 1, Integer::sum));
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort((a, b) -> b.getValue() - a.getValue());
    Set<String> out = new LinkedHashSet<>();
    entries.stream().limit(DETAIL_TERMS).forEach(e -> out.add(e.getKey()));
    return out;
  }

  private double idf(String term) {
    int df = documentFrequency.getOrDefault(term, 0);
    return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
  }
}
