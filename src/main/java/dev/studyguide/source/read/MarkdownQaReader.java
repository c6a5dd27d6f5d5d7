package dev.studyguide.source.read;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceReading;
import java.util.List;

/** Placeholder until this format's reader lands: reports that nothing was read. */
public final class MarkdownQaReader implements SourceReader {
  @Override
  public SourceReading read(SourceDocument document) {
    return new SourceReading(document, List.of(), List.of(),
        List.of(Diagnostic.error(document.file(), 0, "no reader yet for this format", "wait for the reader")));
  }
}
