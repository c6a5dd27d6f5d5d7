package dev.studyguide.source;

import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceReading;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The readings of the last ingest, one per source file: reading is a function of the document alone (its file
 * name, title, format and text), so a document that reads the same as last time keeps its reading. {@code serve}
 * keeps one across rebuilds, so an edit re-reads only the edited document.
 *
 * <p>Keyed by file name rather than by document: a first read then never hashes or compares whole documents,
 * and a record's first {@code hashCode} or {@code equals} costs a fresh JVM milliseconds of method-handle set-up.
 */
public final class ReadingMemo {
  private final Map<String, SourceReading> readings = new ConcurrentHashMap<>();

  SourceReading read(SourceDocument document, Function<SourceDocument, SourceReading> reader) {
    // Not computeIfAbsent: that holds a lock on the map's bin while reading, and two files in one bin would be
    // read one after the other, the second thread idle, instead of side by side.
    SourceReading known = readings.get(document.file());
    if (known != null && known.document().equals(document)) {
      return known;
    }
    SourceReading reading = reader.apply(document);
    readings.put(document.file(), reading);
    return reading;
  }

  /** Forgets every file not among {@code current} (a removed source, or one that no longer loads). */
  void keepOnly(Collection<String> currentFiles) {
    readings.keySet().retainAll(currentFiles);
  }
}
