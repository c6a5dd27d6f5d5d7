package dev.studyguide.source;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Item;
import dev.studyguide.model.SourceReading;
import java.util.BitSet;

/**
 * How well a reader's reading fits a document, at most 1: the share of its non-blank lines that the reader turned
 * into items, less a tenth of the share it skipped on purpose and the whole share it could only report (lines in
 * diagnostics, lines nothing holds); an error (a reader saying the document is not its shape) costs a whole point.
 * An item counts for at most {@value #MAX_ITEM_LINES} lines: a reader that finds one question and takes the
 * rest of the document as its answer has not read the document, however many lines that item holds. A reader
 * made for questions that finds none fits half as well as its lines say: its notes are what it makes of text
 * that is not its kind. An item whose first line carries the reader's own warning does not count as read.
 */
final class ReaderFit {
  static final int MAX_ITEM_LINES = 80;
  static final double SKIP_PENALTY = 0.1;

  private ReaderFit() {}

  static double of(SourceReading reading, boolean readsQuestions) {
    int lines = reading.document().lines().size();
    BitSet nonBlank = new BitSet(lines + 1);
    for (int n = 1; n <= lines; n++) {
      if (!reading.document().line(n).isBlank()) {
        nonBlank.set(n);
      }
    }
    if (nonBlank.isEmpty()) {
      return 0;
    }
    BitSet inItems = new BitSet(lines + 1);
    BitSet diagnosedStarts = new BitSet(lines + 1);
    reading.diagnostics().stream().filter(d -> d.line() > 0).forEach(d -> diagnosedStarts.set(d.line()));
    double itemLines = 0;
    for (Item item : reading.items()) {
      if (diagnosedStarts.get(item.source().fromLine())) {
        continue; // the reader said this item is not the shape it reads ("section 3 has no question")
      }
      BitSet range = nonBlank.get(0, item.source().toLine() + 1);
      range.clear(0, item.source().fromLine());
      range.andNot(inItems);
      itemLines += Math.min(range.cardinality(), MAX_ITEM_LINES);
      inItems.or(range);
    }
    BitSet skipped = new BitSet(lines + 1);
    reading.skipped().forEach(s -> skipped.set(s.fromLine(), s.toLine() + 1));
    skipped.andNot(inItems);
    skipped.and(nonBlank);
    BitSet reported = new BitSet(lines + 1);
    double errors = 0;
    for (Diagnostic d : reading.diagnostics()) {
      if (d.line() > 0) {
        reported.set(d.line());
      }
      errors += d.isError() ? 1 : 0;
    }
    LineAccounting.unaccounted(reading).forEach(reported::set);
    reported.and(nonBlank);
    double total = nonBlank.cardinality();
    boolean foundNone = readsQuestions && reading.items().stream().noneMatch(Item::isQuestion);
    itemLines *= foundNone ? 0.5 : 1;
    return (itemLines - SKIP_PENALTY * skipped.cardinality() - reported.cardinality()) / total - Math.min(errors, 1);
  }
}
