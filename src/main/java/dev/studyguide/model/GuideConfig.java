package dev.studyguide.model;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The guide's settings from {@code content/guide.yaml}.
 *
 * @param baseUrl public address of the site with a trailing slash, or empty for relative links only
 * @param packs study packs the editors defined besides the one per category and the whole guide
 */
public record GuideConfig(String title, String description, String baseUrl, List<SourceEntry> sources,
    List<PackEntry> packs) implements Serializable {
  public GuideConfig {
    sources = List.copyOf(sources);
    packs = List.copyOf(packs);
  }

  /** A guide without custom packs. */
  public GuideConfig(String title, String description, String baseUrl, List<SourceEntry> sources) {
    this(title, description, baseUrl, sources, List.of());
  }

  /**
   * One listed source; {@code line} is where guide.yaml lists it, for messages. {@code givenFormat} is empty when
   * guide.yaml names no format: the source stage then detects it from the text.
   */
  public record SourceEntry(String file, String title, Optional<SourceFormat> givenFormat, int line,
      List<Correction> corrections) implements Serializable {
    public SourceEntry {
      corrections = List.copyOf(corrections);
    }

    /** A source the editors have not corrected. */
    public SourceEntry(String file, String title, Optional<SourceFormat> givenFormat, int line) {
      this(file, title, givenFormat, line, List.of());
    }

    /** A source whose format guide.yaml names. */
    public SourceEntry(String file, String title, SourceFormat format, int line) {
      this(file, title, Optional.of(format), line);
    }

    /** Kept as a stand-in: {@link Optional} is not serializable. */
    private Object writeReplace() {
      return new Kept(file, title, givenFormat.orElse(null), line, corrections);
    }

    /** A source entry as kept: its format null where guide.yaml names none. */
    private record Kept(String file, String title, SourceFormat format, int line, List<Correction> corrections)
        implements Serializable {
      private Object readResolve() {
        return new SourceEntry(file, title, Optional.ofNullable(format), line, corrections);
      }
    }

    /** The named format; only for entries that name one (synthetic corpora, tests). */
    public SourceFormat format() {
      return givenFormat.orElseThrow(() -> new IllegalStateException(file + " names no format"));
    }
  }

  /**
   * An editor's fix to one line of a source, kept in guide.yaml so the document stays as it was delivered: on
   * {@code line} the text {@code replace} becomes {@code with}. {@code configLine} is where guide.yaml says so.
   */
  public record Correction(int line, String replace, String with, int configLine) implements Serializable {}

  /**
   * A custom study pack: the named topics and every topic of the named categories, as ids; checked against
   * the taxonomy when the packs are made. {@code line} is where guide.yaml defines it.
   */
  public record PackEntry(String id, String title, String description, List<String> topics, List<String> categories,
      int line) implements Serializable {
    public PackEntry {
      topics = List.copyOf(topics);
      categories = List.copyOf(categories);
    }
  }
}
