package dev.studyguide.source.read;

import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceReading;

/**
 * Turns one repaired document into items. A reader must account for every non-blank line: each lies in an
 * item's line range, in a {@code Skipped} span, or is named by a diagnostic.
 */
public interface SourceReader {
  SourceReading read(SourceDocument document);
}
