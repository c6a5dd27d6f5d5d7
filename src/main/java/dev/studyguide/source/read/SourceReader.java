package dev.studyguide.source.read;

import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceReading;

/**
 * Turns one repaired document into items. A reader must account for every non-blank line: each lies in an
 * item's line range, in a {@code Skipped} span, or is named by a diagnostic.
 */
public interface SourceReader {
  SourceReading read(SourceDocument document);

  /**
   * Whether the reader is made for documents of questions (so that a reading without one says the document is
   * not of its kind) rather than for notes (study sheets, cheat sheets). Format detection weighs fits by it.
   */
  default boolean readsQuestions() {
    return true;
  }

  /**
   * Whether the reader reads HTML in the text (through {@code Markdown}, which keeps the safe part and reports the
   * rest), so its documents need no warning that HTML tags will show as text.
   */
  default boolean readsHtml() {
    return false;
  }
}
