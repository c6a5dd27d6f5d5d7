package dev.studyguide.model;

import java.io.Serializable;
import java.util.List;

/**
 * A source as read from disk, after repair and NFC normalization. {@code lines.get(0)} is line 1; repairs
 * never add or remove lines, so line numbers are those of the original file.
 */
public record SourceDocument(String file, String title, SourceFormat format, List<String> lines)
    implements Serializable {
  public SourceDocument {
    lines = List.copyOf(lines);
  }

  /** The text of a 1-based line. */
  public String line(int number) {
    return lines.get(number - 1);
  }
}
