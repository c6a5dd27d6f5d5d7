package dev.studyguide.graph;

import java.util.List;

/**
 * Editors' corrections for the rare case the method gets wrong: questions to merge, questions to keep apart,
 * items pinned to a topic, passages pinned to or rejected for a question as its answer. Each names items by
 * {@link ItemRef}.
 */
public record Overrides(List<Group> merges, List<Group> splits, List<Pin> pins, List<AnswerChoice> answerPins,
    List<AnswerChoice> answerRejects) {
  public static final Overrides NONE = new Overrides(List.of(), List.of(), List.of());

  public Overrides {
    merges = List.copyOf(merges);
    splits = List.copyOf(splits);
    pins = List.copyOf(pins);
    answerPins = List.copyOf(answerPins);
    answerRejects = List.copyOf(answerRejects);
  }

  public Overrides(List<Group> merges, List<Group> splits, List<Pin> pins) {
    this(merges, splits, pins, List.of(), List.of());
  }

  /** Items that belong together (merge) or apart (split); {@code line} is where the file says so. */
  public record Group(List<ItemRef> items, int line) {
    public Group {
      items = List.copyOf(items);
    }
  }

  public record Pin(ItemRef item, String topic, int line) {}

  /**
   * A passage pinned to (or rejected for) a question as its answer: the question, the note or answer holding the
   * passage, and optionally a source line to name one part of a long item (0: every part).
   */
  public record AnswerChoice(ItemRef question, ItemRef passage, int atLine, int line) {}

  public int size() {
    return merges.size() + splits.size() + pins.size() + answerPins.size() + answerRejects.size();
  }
}
