package dev.studyguide.model;

import java.io.Serializable;

/**
 * Source lines that deliberately become no item, and why. Together with the items' line ranges and the
 * diagnostics, these account for every non-blank line of a source: nothing is dropped silently.
 */
public record Skipped(int fromLine, int toLine, Reason reason) implements Serializable {

  public enum Reason {
    /** Conversational filler: greetings, offers of PDFs and quizzes, "let me know if...". */
    CHATTER,
    /** A table of contents that repeats the body's headings. */
    TABLE_OF_CONTENTS,
    /** A heading that only groups items (its text is kept as the items' section path). */
    STRUCTURE,
    /** Rules, banners and other decoration with no words of their own. */
    DECORATION,
    /** A site's footer or navigation. */
    FOOTER,
    /** The document's own title and introduction, shown on its source page. */
    FRONT_MATTER
  }

  public Skipped {
    if (fromLine < 1 || toLine < fromLine) {
      throw new IllegalArgumentException("bad line range " + fromLine + ".." + toLine);
    }
  }

  /** Lines {@code from..to} of {@code document} as one span without its blank ends; empty when all are blank. */
  public static java.util.Optional<Skipped> ofText(SourceDocument document, int from, int to, Reason reason) {
    int first = from;
    while (first <= to && document.line(first).isBlank()) {
      first++;
    }
    int last = to;
    while (last >= first && document.line(last).isBlank()) {
      last--;
    }
    return first <= last ? java.util.Optional.of(new Skipped(first, last, reason)) : java.util.Optional.empty();
  }
}
