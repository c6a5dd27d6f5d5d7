package dev.studyguide.source;

import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceReading;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The readings of the last ingest, by document: reading is a function of the document alone (its file name,
 * title, format and text), so a document that reads the same as last time keeps its reading. {@code serve}
 * keeps one across rebuilds, so an edit re-reads only the edited document.
 */
public final class ReadingMemo {
  private final Map<SourceDocument, SourceReading> readings = new ConcurrentHashMap<>();

  SourceReading read(SourceDocument document, Function<SourceDocument, SourceReading> reader) {
    return readings.computeIfAbsent(document, reader);
  }

  /** Forgets every document not among {@code current} (an edited document's older text, a removed source). */
  void keepOnly(Collection<SourceDocument> current) {
    readings.keySet().retainAll(new HashSet<>(current));
  }
}
