package dev.studyguide.graph;

import dev.studyguide.model.Item;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Related topics. Edges come from prerequisites (weight 1), from items listed on both topics, and from mentions:
 * an item of one topic naming the other outside math and code. Shared and mention counts saturate
 * ({@code c / (c + 2)}) and mentions are scaled by how rare the mentioned topic is, so a topic named everywhere
 * ("gradient descent") links nowhere in particular. Edges under {@value #MIN_WEIGHT} are cut and each topic keeps
 * its {@value #MAX_RELATED} strongest.
 */
final class LinkBuilder {
  static final double MIN_WEIGHT = 0.25;
  static final int MAX_RELATED = 8;

  private final Taxonomy taxonomy;
  private final ConceptAnalyzer analyzer;
  private final Map<String, Map<String, Double>> shared = new HashMap<>();
  private final Map<String, Map<String, Integer>> mentions = new HashMap<>();

  LinkBuilder(Taxonomy taxonomy, ConceptAnalyzer analyzer) {
    this.taxonomy = taxonomy;
    this.analyzer = analyzer;
  }

  /** Records an item placed on {@code topic} and also listed on {@code alsoOn}. */
  void addItem(Item item, String topic, List<String> alsoOn) {
    for (String other : alsoOn) {
      count(shared, topic, other, 1);
      count(shared, other, topic, 1);
    }
    Set<String> named = new HashSet<>(analyzer.concepts(ProseText.headline(item) + "\n" + ProseText.details(item)));
    named.remove(topic);
    for (String other : named) {
      mentions.computeIfAbsent(topic, k -> new HashMap<>()).merge(other, 1, Integer::sum);
    }
  }

  Map<String, List<Link>> build() {
    Map<String, Integer> mentionedBy = new HashMap<>();
    mentions.values().forEach(m -> m.keySet().forEach(t -> mentionedBy.merge(t, 1, Integer::sum)));
    double topics = Math.max(2, taxonomy.topics().size());
    Map<String, Map<String, Link>> best = new HashMap<>();
    for (Topic topic : taxonomy.topics()) {
      for (String prerequisite : topic.prerequisites()) {
        offer(best, topic.id(), new Link(prerequisite, Link.Kind.PREREQUISITE, 1.0));
        offer(best, prerequisite, new Link(topic.id(), Link.Kind.LEADS_TO, 1.0));
      }
    }
    shared.forEach((from, counts) -> counts.forEach((to, c) ->
        offer(best, from, new Link(to, Link.Kind.SHARED, saturate(c)))));
    mentions.forEach((from, counts) -> counts.forEach((to, c) -> {
      double rarity = Math.log(topics / mentionedBy.get(to)) / Math.log(topics);
      double weight = saturate(c) * rarity;
      offer(best, from, new Link(to, Link.Kind.MENTION, weight));
      offer(best, to, new Link(from, Link.Kind.MENTION, weight * 0.8));
    }));
    Map<String, List<Link>> out = new HashMap<>();
    best.forEach((from, links) -> {
      List<Link> kept = new ArrayList<>(links.values().stream().filter(l -> l.weight() >= MIN_WEIGHT).toList());
      kept.sort(Comparator.comparingDouble(Link::weight).reversed().thenComparing(Link::topic));
      out.put(from, List.copyOf(kept.subList(0, Math.min(MAX_RELATED, kept.size()))));
    });
    return out;
  }

  private static double saturate(double count) {
    return count / (count + 2.0);
  }

  private static void count(Map<String, Map<String, Double>> map, String from, String to, double by) {
    map.computeIfAbsent(from, k -> new HashMap<>()).merge(to, by, Double::sum);
  }

  /** Keeps the strongest link per pair; on equal weight the earlier kind (prerequisites first) wins. */
  private static void offer(Map<String, Map<String, Link>> best, String from, Link link) {
    if (from.equals(link.topic())) {
      return;
    }
    best.computeIfAbsent(from, k -> new HashMap<>()).merge(link.topic(), link, (a, b) ->
        b.weight() > a.weight() || (b.weight() == a.weight() && b.kind().ordinal() < a.kind().ordinal()) ? b : a);
  }
}
