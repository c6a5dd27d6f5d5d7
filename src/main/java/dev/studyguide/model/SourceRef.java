package dev.studyguide.model;

import java.io.Serializable;

/**
 * Where an item came from: the source file name, its 1-based inclusive line range in the original file,
 * and the source's own label for it ({@code #98}, {@code Q8}, {@code 1.8}, {@code 03 · Key Distance Measures}).
 */
public record SourceRef(String file, int fromLine, int toLine, String label) implements Serializable {
  public SourceRef {
    if (fromLine < 1 || toLine < fromLine) {
      throw new IllegalArgumentException("bad line range " + fromLine + ".." + toLine + " in " + file);
    }
  }

  /** {@code 000_x.txt:12-18}, for messages. */
  public String position() {
    return file + ":" + fromLine + (toLine == fromLine ? "" : "-" + toLine);
  }
}
