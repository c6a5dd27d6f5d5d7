package dev.studyguide.graph;

import dev.studyguide.model.Item;
import java.io.Serializable;
import java.util.List;

/**
 * Where an item lives: its primary topic, the other topics its headline names, the score, and whether the fit
 * is clear (the headline names the topic) or only a best guess from the words.
 */
public record Placement(Item item, String topic, List<String> alsoOn, double score, Fit fit) implements Serializable {
  public Placement {
    alsoOn = List.copyOf(alsoOn);
  }

  public enum Fit {
    /** The item's title or prompt names the topic. */
    NAMED,
    /** The best-scoring topic by its words, but not named: shown to editors for review. */
    GUESSED,
    /** An editor pinned it in overrides.yaml. */
    PINNED,
    /**
     * Names no topic and fits its best one too little ({@link MoreQuestions}): listed under its category's More
     * questions or under Unsorted; the score is the fit.
     */
    UNSORTED
  }
}
