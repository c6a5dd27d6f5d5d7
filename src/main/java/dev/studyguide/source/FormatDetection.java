package dev.studyguide.source;

import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceFormat;
import dev.studyguide.model.SourceReading;
import dev.studyguide.source.read.Readers;
import dev.studyguide.source.read.SourceReader;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The format of a document guide.yaml gives none for: every reader reads it and the best {@link ReaderFit} wins.
 * The general markdown reader must beat the best of the others by {@link #GENERAL_MARGIN}: a reader made for a
 * shape reads that shape more fully than the general one (the markdown-qa reader keeps section titles the
 * general one has no place for), so when both fit about as well, the made-for-it reader is the better reading.
 */
public final class FormatDetection {
  static final double GENERAL_MARGIN = 0.10;

  /** The chosen format, its reading, and every format's fit (for reports and tests). */
  public record Detected(SourceFormat format, SourceReading reading, List<Fit> fits) {}

  public record Fit(SourceFormat format, double score) {}

  private record Tried(SourceFormat format, SourceReading reading, double score) {}

  private FormatDetection() {}

  public static Detected detect(SourceDocument document) {
    List<Tried> tried = Arrays.stream(SourceFormat.values()).map(format -> attempt(document, format)).toList();
    Tried best = tried.stream().filter(t -> t.format() != SourceFormat.MARKDOWN)
        .max(Comparator.comparingDouble(Tried::score)).orElseThrow();
    Tried general = tried.stream().filter(t -> t.format() == SourceFormat.MARKDOWN).findFirst().orElseThrow();
    Tried chosen = general.score() > best.score() + GENERAL_MARGIN ? general : best;
    return new Detected(chosen.format(), chosen.reading(),
        tried.stream().map(t -> new Fit(t.format(), t.score())).toList());
  }

  private static Tried attempt(SourceDocument document, SourceFormat format) {
    SourceDocument as = new SourceDocument(document.file(), document.title(), format, document.lines());
    try {
      SourceReader reader = Readers.forFormat(format);
      SourceReading reading = reader.read(as);
      return new Tried(format, reading, ReaderFit.of(reading, reader.readsQuestions()));
    } catch (RuntimeException e) {
      // A reader made for one shape may fail on another; that is a fit of none, not a failed build.
      return new Tried(format, new SourceReading(as, List.of(), List.of(), List.of()), -2);
    }
  }
}
