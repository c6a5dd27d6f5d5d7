package dev.studyguide.graph;

import dev.studyguide.model.Item;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which topics get a page of their own and where the others are shown. A topic with a {@code parent} is also a
 * section of its parent's page. A topic with no question or note of its own and no children is folded: it has no
 * page but is a section of the page of the topic it is most a part of, and its old address only leads there. That
 * is, the first that has a page of: its parent; among its prerequisites and the topics of its category that
 * build on it, the one whose questions and notes name it (or are also listed on it) most, where the sources
 * already speak of it (feedforward networks on backpropagation's page, Jensen-Shannon on KL's), the first
 * listed on a tie; a prerequisite of its own category (it extends that topic: a matrix norm is a vector norm's
 * kin); any prerequisite; its strongest related topic. Related topics alone picked siblings and applications by
 * the alphabet (neural networks on the activation functions page, low-rank approximation on LoRA's), as every
 * taxonomy link weighs the same. A thin topic with nowhere to go keeps its page.
 */
public final class TopicHomes {
  private final Map<String, String> foldedInto;
  private final Map<String, List<String>> sections;

  private TopicHomes(Map<String, String> foldedInto, Map<String, List<String>> sections) {
    this.foldedInto = foldedInto;
    this.sections = sections;
  }

  public static TopicHomes of(TopicGraph graph) {
    Set<String> parents = graph.taxonomy().topics().stream().filter(Topic::hasParent).map(Topic::parent)
        .collect(Collectors.toSet());
    Set<String> thin = graph.topics().stream()
        .filter(e -> e.questions().isEmpty() && e.notes().isEmpty() && !parents.contains(e.topic().id()))
        .map(e -> e.topic().id()).collect(Collectors.toSet());
    Map<String, String> folded = new LinkedHashMap<>();
    Map<String, List<String>> sections = new LinkedHashMap<>();
    for (TopicEntry entry : graph.topics()) {
      Topic topic = entry.topic();
      Optional<String> home = !thin.contains(topic.id()) ? Optional.empty()
          : topic.hasParent() ? Optional.of(topic.parent())
          : new Home(graph, entry, t -> !thin.contains(t)).find();
      home.ifPresent(h -> folded.put(topic.id(), h));
      Optional<String> shownOn = topic.hasParent() ? Optional.of(topic.parent()) : home;
      shownOn.ifPresent(h -> sections.computeIfAbsent(h, k -> new ArrayList<>()).add(topic.id()));
    }
    return new TopicHomes(folded, sections);
  }

  /** The choice of page for one thin topic without a parent (see the class comment). */
  private record Home(TopicGraph graph, TopicEntry entry, Predicate<String> hasPage) {
    Optional<String> find() {
      Topic topic = entry.topic();
      List<String> prerequisites = topic.prerequisites().stream().filter(hasPage).toList();
      List<String> builtOn = graph.taxonomy().topics().stream()
          .filter(t -> t.category().equals(topic.category()) && t.prerequisites().contains(topic.id()))
          .map(Topic::id).filter(hasPage).toList();
      List<String> neighbours = Stream.concat(prerequisites.stream(), builtOn.stream()).toList();
      Map<String, Long> evidence = evidence(neighbours);
      return neighbours.stream().filter(evidence::containsKey)
          .min(Comparator.comparingLong(t -> -evidence.get(t))) // the first listed on a tie
          .or(() -> prerequisites.stream().filter(t -> category(t).equals(topic.category())).findFirst())
          .or(() -> prerequisites.stream().findFirst())
          .or(() -> entry.related().stream().map(Link::topic).filter(hasPage).findFirst());
    }

    private String category(String topicId) {
      return graph.topic(topicId).map(e -> e.topic().category()).orElse("");
    }

    /**
     * For each neighbour, how many of its questions and notes name this topic or are also listed on it: where the
     * sources already speak of it.
     */
    private Map<String, Long> evidence(List<String> neighbours) {
      ConceptAnalyzer analyzer = ConceptAnalyzer.of(graph.taxonomy());
      String id = entry.topic().id();
      Set<String> listedHere = Stream.concat(
              entry.alsoQuestions().stream().flatMap(q -> q.members().stream()), entry.alsoNotes().stream())
          .map(Item::id).collect(Collectors.toSet());
      Map<String, Long> out = new HashMap<>();
      for (String neighbour : neighbours) {
        TopicEntry other = graph.topic(neighbour).orElseThrow();
        long count = Stream.concat(
                other.questions().stream().flatMap(q -> q.members().stream()), other.notes().stream())
            .filter(item -> listedHere.contains(item.id()) || analyzer.concepts(
                ProseText.headline(item) + "\n" + ProseText.details(item)).contains(id))
            .count();
        if (count > 0) {
          out.put(neighbour, count);
        }
      }
      return out;
    }
  }

  /** Whether the topic has a page of its own. */
  public boolean hasPage(String topicId) {
    return !foldedInto.containsKey(topicId);
  }

  /** The topic whose page shows a folded topic; the topic itself when it has its own page. */
  public String pageOf(String topicId) {
    return foldedInto.getOrDefault(topicId, topicId);
  }

  /** The topics shown as sections of a topic's page, children and folded topics, in taxonomy order. */
  public List<String> sectionsOf(String topicId) {
    return sections.getOrDefault(topicId, List.of());
  }

  /** Folded topics and the topic whose page shows each, in taxonomy order. */
  public Map<String, String> folded() {
    return Map.copyOf(foldedInto);
  }
}
