package dev.studyguide.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which topics get a page of their own and where the others are shown. A topic with a {@code parent} is also a
 * section of its parent's page. A topic with no question or note of its own and no children is folded: it has no
 * page but is a section of its parent's page, or, without a parent, of the page of its strongest related topic
 * that has one; its old address only leads there. A thin topic with nowhere to go keeps its page.
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
          : entry.related().stream().map(Link::topic).filter(t -> !thin.contains(t)).findFirst();
      home.ifPresent(h -> folded.put(topic.id(), h));
      Optional<String> shownOn = topic.hasParent() ? Optional.of(topic.parent()) : home;
      shownOn.ifPresent(h -> sections.computeIfAbsent(h, k -> new ArrayList<>()).add(topic.id()));
    }
    return new TopicHomes(folded, sections);
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
