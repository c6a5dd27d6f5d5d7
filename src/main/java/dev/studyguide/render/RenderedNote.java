package dev.studyguide.render;

import dev.studyguide.model.Item;

/** A note as an HTML fragment with its source badge. */
public record RenderedNote(Item note, String titleHtml, String html, SourceBadge source) {
  public String id() {
    return note.id();
  }
}
