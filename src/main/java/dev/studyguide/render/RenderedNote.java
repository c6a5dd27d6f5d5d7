package dev.studyguide.render;

import dev.studyguide.model.Item;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** A note as an HTML fragment with its source badge. */
public record RenderedNote(Item note, String titleHtml, String html, SourceBadge source, Set<String> linkedTopics) {
  public RenderedNote {
    linkedTopics = Collections.unmodifiableSet(new LinkedHashSet<>(linkedTopics));
  }

  public String id() {
    return note.id();
  }
}
