package dev.studyguide.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;

/**
 * What the search stage's analyzers made of each text, kept from one build to the next while the concept
 * analyzer (the taxonomy) is the same: the index's tokens per field value, a document's surface forms, a form's
 * terms. A rebuild after an edit analyses only the texts the edit changed. Entries unused by a build are dropped
 * after the next one.
 */
final class AnalysisMemo {
  private final Analyzer concepts;
  private Map<String, Object> now = new ConcurrentHashMap<>();
  private Map<String, Object> before = Map.of();
  /** False for a build that runs once, which analyses each text once: holding its tokens only takes the heap. */
  private final boolean remembers;

  /** A memo for what is analysed with {@code concepts} (and the fixed chains around it). */
  AnalysisMemo(Analyzer concepts) {
    this(concepts, true);
  }

  private AnalysisMemo(Analyzer concepts, boolean remembers) {
    this.concepts = concepts;
    this.remembers = remembers;
  }

  /**
   * A memo that remembers nothing, for a build that runs once: at 100x the synthetic guide, the tokens it held
   * until the index was written were 2 million, a tenth of a 2 GB heap with their terms.
   */
  static AnalysisMemo forOneBuild(Analyzer concepts) {
    return new AnalysisMemo(concepts, false);
  }

  /** Whether this memo holds analyses by {@code analyzer}. */
  boolean isFor(Analyzer analyzer) {
    return concepts == analyzer;
  }

  /** Starts another build: what the last one used stays available, older entries go. */
  AnalysisMemo nextBuild() {
    before = now;
    now = new ConcurrentHashMap<>();
    return this;
  }

  /** Analysis in memory: its IOException cannot happen, but Lucene's signatures declare it. */
  interface Analysis<T> {
    T of(String text) throws IOException;
  }

  RecordedTokens tokens(String field, String text, Analysis<RecordedTokens> analyse) {
    return get("index " + field, text, analyse);
  }

  /** The words {@code kind} of analysis ("surfaces", "terms") made of {@code text}. */
  List<String> words(String kind, String text, Analysis<List<String>> analyse) {
    return get(kind, text, analyse);
  }

  @SuppressWarnings("unchecked")
  private <T> T get(String kind, String text, Analysis<T> analyse) {
    String key = kind + "\u0000" + text;
    Object value = now.get(key);
    if (value == null) {
      value = before.get(key);
      if (value == null) {
        try {
          value = analyse.of(text);
        } catch (IOException e) {
          throw new UncheckedIOException("analysing text in memory", e);
        }
      }
      if (remembers) {
        now.put(key, value);
      }
    }
    return (T) value;
  }
}
