package dev.studyguide.source.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text handed to flexmark and the way back from its offsets to real source lines. Blank separator lines may
 * be inserted (see {@link Markdown}); they map to the source line they precede and never start a node.
 */
final class ParsedText {
  private final List<String> lines;
  private final int[] sourceLines;
  private final int[] lineStarts;
  private final String text;

  private ParsedText(List<String> lines, int[] sourceLines) {
    this.lines = List.copyOf(lines);
    this.sourceLines = sourceLines;
    this.lineStarts = new int[lines.size()];
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      lineStarts[i] = out.length();
      out.append(lines.get(i)).append('\n');
    }
    this.text = out.toString();
  }

  static ParsedText of(List<String> lines, int firstLine) {
    int[] numbers = new int[lines.size()];
    Arrays.setAll(numbers, i -> firstLine + i);
    return new ParsedText(lines, numbers);
  }

  String text() {
    return text;
  }

  /** The same text with a blank line put before each given (0-based, ascending) parsed line. */
  ParsedText withBlankLinesBefore(List<Integer> parsedLines) {
    List<String> out = new ArrayList<>();
    int[] numbers = new int[lines.size() + parsedLines.size()];
    int n = 0;
    int next = 0; // the list is ascending: walk it alongside, a contains() per line is quadratic
    for (int i = 0; i < lines.size(); i++) {
      if (next < parsedLines.size() && parsedLines.get(next) == i) {
        next++;
        out.add("");
        numbers[n++] = sourceLines[i];
      }
      out.add(lines.get(i));
      numbers[n++] = sourceLines[i];
    }
    return new ParsedText(out, numbers);
  }

  /** 0-based index of the parsed line holding this offset. */
  int parsedLineAt(int offset) {
    int found = Arrays.binarySearch(lineStarts, offset);
    return found >= 0 ? found : Math.max(0, -found - 2);
  }

  /** Column of this offset within its parsed line. */
  int columnAt(int offset) {
    return offset - lineStarts[parsedLineAt(offset)];
  }

  /** Number of leading spaces of a parsed line (a tab counts to the next multiple of four). */
  int indentOf(int parsedLine) {
    String line = lines.get(parsedLine);
    int column = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        column++;
      } else if (c == '\t') {
        column += 4 - column % 4;
      } else {
        break;
      }
    }
    return column;
  }

  /** The 1-based source line of an offset into {@link #text()}. */
  int sourceLineAt(int offset) {
    return sourceLines[parsedLineAt(offset)];
  }
}
