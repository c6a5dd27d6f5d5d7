package dev.studyguide.graph;

import dev.studyguide.model.Item;

/**
 * How an editor names an item in overrides.yaml: its id ({@code q-1a2b3c4d5e}), or its source and label
 * ({@code 000 #98}, where the source may be the file name or the start of it before "_").
 */
public record ItemRef(String text, int line) {

  public boolean matches(Item item) {
    String ref = text.strip();
    if (ref.equals(item.id())) {
      return true;
    }
    int space = ref.indexOf(' ');
    if (space < 0) {
      return false;
    }
    String file = ref.substring(0, space);
    String label = ref.substring(space + 1).strip();
    String itemFile = item.source().file();
    boolean fileMatches = itemFile.equals(file) || itemFile.startsWith(file + "_") || itemFile.startsWith(file + ".");
    return fileMatches && item.source().label().equals(label);
  }
}
