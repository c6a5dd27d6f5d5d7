package dev.studyguide.study;

import dev.studyguide.graph.Category;
import dev.studyguide.graph.MoreQuestions;
import dev.studyguide.graph.Topic;
import dev.studyguide.graph.TopicEntry;
import dev.studyguide.graph.TopicGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A study path through the guide: four stages (basics, core, advanced, research level) from each topic's level
 * in topics.yaml, each stage's topics by category in the taxonomy's order and every topic after its prerequisites
 * (topics.yaml's own order otherwise). A topic's stage is its own level or, when a prerequisite sits higher, that prerequisite's stage, so
 * following the stages in order never meets a topic before what it needs. Topics without a question or note
 * are left out: there is nothing to study on them.
 */
final class Roadmap {
  static final List<String> STAGES = List.of("Basics", "Core interview material", "Advanced", "Research level");

  record Stage(int level, String title, List<Part> parts) {}

  record Part(Category category, List<TopicEntry> topics) {}

  private Roadmap() {}

  static List<Stage> of(TopicGraph graph) {
    Map<String, Integer> stage = stages(graph);
    List<String> categoryOrder = graph.taxonomy().categories().stream().map(Category::id).toList();
    Map<String, Category> categories = new HashMap<>();
    graph.taxonomy().categories().forEach(c -> categories.put(c.id(), c));
    List<Stage> out = new ArrayList<>();
    for (int level = 1; level <= STAGES.size(); level++) {
      int l = level;
      List<TopicEntry> entries = graph.topics().stream()
          .filter(e -> !e.questions().isEmpty() || !e.notes().isEmpty())
          .filter(e -> !MoreQuestions.isBuilt(e.topic())) // questions no topic covers: no place in a path
          .filter(e -> stage.get(e.topic().id()) == l)
          .sorted(Comparator.comparingInt((TopicEntry e) -> categoryOrder.indexOf(e.topic().category())))
          .toList();
      List<Part> parts = new ArrayList<>();
      for (TopicEntry entry : prerequisitesFirst(entries)) {
        Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
        if (last != null && last.category().id().equals(entry.topic().category())) {
          last.topics().add(entry);
        } else {
          parts.add(new Part(categories.get(entry.topic().category()), new ArrayList<>(List.of(entry))));
        }
      }
      if (!parts.isEmpty()) {
        out.add(new Stage(level, STAGES.get(level - 1), parts.stream()
            .map(p -> new Part(p.category(), List.copyOf(p.topics()))).toList()));
      }
    }
    return out;
  }

  /**
   * The entries in their given order (category by category), except that a topic's prerequisites in the same
   * stage are pulled in before it, even from a later category; such a prerequisite then forms its own short
   * part, so the page still says which category it belongs to.
   */
  private static List<TopicEntry> prerequisitesFirst(List<TopicEntry> entries) {
    Map<String, TopicEntry> byId = new LinkedHashMap<>();
    entries.forEach(e -> byId.put(e.topic().id(), e));
    Set<String> placed = new LinkedHashSet<>();
    List<TopicEntry> out = new ArrayList<>();
    for (TopicEntry entry : entries) {
      place(entry, byId, placed, new HashSet<>(), out);
    }
    return out;
  }

  private static void place(TopicEntry entry, Map<String, TopicEntry> byId, Set<String> placed, Set<String> visiting,
      List<TopicEntry> out) {
    String id = entry.topic().id();
    if (placed.contains(id) || !visiting.add(id)) {
      return; // already placed, or a cycle (reported by the loader)
    }
    for (String prerequisite : entry.topic().prerequisites()) {
      TopicEntry before = byId.get(prerequisite);
      if (before != null) {
        place(before, byId, placed, visiting, out);
      }
    }
    placed.add(id);
    out.add(entry);
  }

  /** Each topic's stage: the highest level among itself and everything it needs, levels clamped to 1..4. */
  private static Map<String, Integer> stages(TopicGraph graph) {
    Map<String, Topic> byId = new HashMap<>();
    graph.topics().forEach(e -> byId.put(e.topic().id(), e.topic()));
    Map<String, Integer> out = new HashMap<>();
    byId.keySet().forEach(id -> stage(id, byId, out, new HashSet<>()));
    return out;
  }

  private static int stage(String id, Map<String, Topic> byId, Map<String, Integer> out, Set<String> visiting) {
    Integer known = out.get(id);
    if (known != null) {
      return known;
    }
    Topic topic = byId.get(id);
    int level = Math.max(1, Math.min(STAGES.size(), topic.level()));
    if (visiting.add(id)) { // a cycle is reported by the loader; it just stops here
      for (String prerequisite : topic.prerequisites()) {
        if (byId.containsKey(prerequisite)) {
          level = Math.max(level, stage(prerequisite, byId, out, visiting));
        }
      }
    }
    out.put(id, level);
    return level;
  }
}
