package dev.studyguide.graph;

import java.util.List;

/** What an editor reviews: merges made, near misses, items placed by guess, topics left empty, override count. */
public record GraphReport(
    List<MergeDecision> merges,
    List<MergeDecision> nearMisses,
    List<Placement> guessed,
    List<String> emptyTopics,
    int overrides,
    double threshold) {
  public GraphReport {
    merges = List.copyOf(merges);
    nearMisses = List.copyOf(nearMisses);
    guessed = List.copyOf(guessed);
    emptyTopics = List.copyOf(emptyTopics);
  }
}
