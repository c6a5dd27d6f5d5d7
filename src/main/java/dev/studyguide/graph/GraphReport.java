package dev.studyguide.graph;

import java.io.Serializable;
import java.util.List;

/**
 * What an editor reviews: merges made, near misses, items placed by guess, topics left empty, override count,
 * and items that fit no topic (listed under More questions or Unsorted).
 */
public record GraphReport(
    List<MergeDecision> merges,
    List<MergeDecision> nearMisses,
    List<Placement> guessed,
    List<String> emptyTopics,
    int overrides,
    double threshold,
    List<MoreQuestions.OffTopic> offTopic) implements Serializable {
  public GraphReport {
    merges = List.copyOf(merges);
    nearMisses = List.copyOf(nearMisses);
    guessed = List.copyOf(guessed);
    emptyTopics = List.copyOf(emptyTopics);
    offTopic = List.copyOf(offTopic);
  }

  public GraphReport(List<MergeDecision> merges, List<MergeDecision> nearMisses, List<Placement> guessed,
      List<String> emptyTopics, int overrides, double threshold) {
    this(merges, nearMisses, guessed, emptyTopics, overrides, threshold, List.of());
  }
}
