package dev.studyguide.bench;

import dev.studyguide.model.SourceFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a source format is cut into movable units and the fixed frame around them, and how a unit takes the
 * number of the slot it moves to. Written from the documents' visible structure, not from the readers, so the
 * generator works the same whether a format's reader exists yet or not. One instance per document.
 */
abstract class DocumentShape {

  static DocumentShape of(SourceFormat format) {
    return switch (format) {
      case CHAT_QUESTIONS -> new ChatShape();
      case MARKDOWN_QA -> new MarkdownQaShape();
      case PDF_STUDY_SHEET -> new StudySheetShape();
      case WEB_CHEAT_SHEET -> new CheatSheetShape();
      case WEB_QA -> new WebQaShape();
      // The synthetic corpora vary the five seed documents, none of which is in the general format.
      case MARKDOWN -> throw new IllegalArgumentException("no synthetic shape for the general markdown format");
    };
  }

  Layout cut(List<String> lines) {
    List<Layout.Part> parts = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int end = unitEnd(lines, i);
      if (end < 0) {
        parts.add(new Layout.Frame(lines.get(i)));
        i++;
      } else {
        parts.add(new Layout.Unit(kind(lines, i, end), lines.subList(i, end + 1)));
        i = end + 1;
      }
    }
    return new Layout(parts);
  }

  /** The index of the last line of the unit starting at {@code i}, or -1 when no unit starts there. */
  abstract int unitEnd(List<String> lines, int i);

  /** Units move only between slots of the same kind (a topic-style question never takes a plain one's place). */
  String kind(List<String> lines, int from, int to) {
    return "unit";
  }

  /** The unit's header line carrying the number of the slot it now fills. */
  abstract String renumber(String unitHeader, String slotHeader);

  /** The assembled variant, adjusted where the frame mirrors the units (a table of contents). */
  List<String> finish(List<String> lines, Map<String, String> placedHeaderBySlotHeader) {
    return lines;
  }

  /** The last non-blank line in {@code from..toExclusive-1}; {@code from} itself when all others are blank. */
  static int lastNonBlank(List<String> lines, int from, int toExclusive) {
    for (int j = toExclusive - 1; j > from; j--) {
      if (!lines.get(j).isBlank()) {
        return j;
      }
    }
    return from;
  }

  /** The slot header's {@code slot} group followed by the unit header's {@code rest} group. */
  static String splice(Pattern header, String unitHeader, String slotHeader) {
    Matcher unit = header.matcher(unitHeader);
    Matcher slot = header.matcher(slotHeader);
    if (!unit.matches() || !slot.matches()) {
      throw new IllegalStateException("not a unit header: '" + unitHeader + "' / '" + slotHeader + "'");
    }
    return slot.group("slot") + unit.group("rest");
  }
}
