package dev.studyguide.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Topics in an order a learner can follow: every prerequisite before the topics that need it, otherwise by
 * level, then as topics.yaml lists them. Prerequisites outside the given topics are ignored.
 */
public final class StudyOrder {
  private StudyOrder() {}

  public static List<Topic> of(List<Topic> topics) {
    Map<String, Topic> byId = new java.util.HashMap<>();
    topics.forEach(t -> byId.put(t.id(), t));
    List<Topic> ready = new ArrayList<>(topics);
    // A category's More questions come after all of its topics, whatever their level.
    ready.sort(Comparator.comparing(MoreQuestions::isBuilt).thenComparingInt(Topic::level)
        .thenComparingInt(topics::indexOf));
    Set<String> placed = new LinkedHashSet<>();
    List<Topic> out = new ArrayList<>();
    for (Topic topic : ready) {
      place(topic, byId, placed, new HashSet<>(), out);
    }
    return out;
  }

  private static void place(Topic topic, Map<String, Topic> byId, Set<String> placed, Set<String> visiting,
      List<Topic> out) {
    if (placed.contains(topic.id()) || !visiting.add(topic.id())) {
      return; // already placed, or a cycle (reported by the loader): stop here
    }
    for (String id : topic.prerequisites()) {
      Topic prerequisite = byId.get(id);
      if (prerequisite != null) {
        place(prerequisite, byId, placed, visiting, out);
      }
    }
    placed.add(topic.id());
    out.add(topic);
  }
}
