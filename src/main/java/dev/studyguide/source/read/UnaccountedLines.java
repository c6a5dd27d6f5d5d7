package dev.studyguide.source.read;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Item;
import dev.studyguide.model.Skipped;
import dev.studyguide.model.SourceDocument;
import java.util.ArrayList;
import java.util.List;

/** The safety net of a reader: a warning for each non-blank line that no item and no skipped span covers. */
final class UnaccountedLines {
  private UnaccountedLines() {}

  static List<Diagnostic> of(SourceDocument document, List<Item> items, List<Skipped> skipped) {
    boolean[] covered = new boolean[document.lines().size() + 1];
    for (Item item : items) {
      mark(covered, item.source().fromLine(), item.source().toLine());
    }
    for (Skipped span : skipped) {
      mark(covered, span.fromLine(), span.toLine());
    }
    List<Diagnostic> out = new ArrayList<>();
    for (int line = 1; line < covered.length; line++) {
      if (!covered[line] && !document.line(line).isBlank()) {
        out.add(Diagnostic.warning(document.file(), line, "line was not read into any item",
            "give it the shape of the lines around it, or report the layout as a reader bug"));
      }
    }
    return out;
  }

  private static void mark(boolean[] covered, int from, int to) {
    for (int line = Math.max(1, from); line <= Math.min(covered.length - 1, to); line++) {
      covered[line] = true;
    }
  }
}
