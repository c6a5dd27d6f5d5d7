package dev.studyguide.graph;

import java.util.List;

/**
 * Editors' corrections for the rare case the method gets wrong: questions to merge, questions to keep apart,
 * items pinned to a topic. Each names items by {@link ItemRef}.
 */
public record Overrides(List<Group> merges, List<Group> splits, List<Pin> pins) {
  public static final Overrides NONE = new Overrides(List.of(), List.of(), List.of());

  public Overrides {
    merges = List.copyOf(merges);
    splits = List.copyOf(splits);
    pins = List.copyOf(pins);
  }

  /** Items that belong together (merge) or apart (split); {@code line} is where the file says so. */
  public record Group(List<ItemRef> items, int line) {
    public Group {
      items = List.copyOf(items);
    }
  }

  public record Pin(ItemRef item, String topic, int line) {}

  public int size() {
    return merges.size() + splits.size() + pins.size();
  }
}
