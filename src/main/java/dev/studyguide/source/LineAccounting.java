package dev.studyguide.source;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Item;
import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceReading;
import dev.studyguide.model.Skipped;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The promise that nothing is dropped silently: every non-blank line of a document lies in an item, in a
 * deliberately skipped span, or in a diagnostic. Lines that are none of these are reported.
 */
public final class LineAccounting {
  private LineAccounting() {}

  /** 1-based numbers of non-blank lines that no item, skipped span or diagnostic accounts for. */
  public static List<Integer> unaccounted(SourceReading reading) {
    SourceDocument document = reading.document();
    BitSet covered = new BitSet();
    for (Item item : reading.items()) {
      covered.set(item.source().fromLine(), item.source().toLine() + 1);
    }
    for (Skipped skipped : reading.skipped()) {
      covered.set(skipped.fromLine(), skipped.toLine() + 1);
    }
    for (Diagnostic diagnostic : reading.diagnostics()) {
      if (diagnostic.line() > 0) {
        covered.set(diagnostic.line());
      }
    }
    List<Integer> missing = new ArrayList<>();
    for (int line = 1; line <= document.lines().size(); line++) {
      if (!covered.get(line) && !document.line(line).isBlank()) {
        missing.add(line);
      }
    }
    return missing;
  }

  /** One warning per run of unaccounted lines, so an editor sees where content would have been lost. */
  public static List<Diagnostic> diagnose(SourceReading reading) {
    List<Integer> missing = unaccounted(reading);
    List<Diagnostic> out = new ArrayList<>();
    int i = 0;
    while (i < missing.size()) {
      int start = missing.get(i);
      int end = start;
      while (i + 1 < missing.size() && missing.get(i + 1) <= end + 2) {
        end = missing.get(++i);
      }
      i++;
      String what = start == end ? "this line is" : "lines " + start + "-" + end + " are";
      out.add(Diagnostic.warning(reading.document().file(), start,
          what + " not captured by any item",
          "the reader did not recognise this text; report it or restructure the source"));
    }
    return out;
  }
}
