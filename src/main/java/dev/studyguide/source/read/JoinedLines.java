package dev.studyguide.source.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Prose joined from the lines a PDF export wrapped it into, remembering which source line each character came
 * from so that TeX and diagnostics keep their line numbers.
 */
final class JoinedLines {
  private final StringBuilder text = new StringBuilder();
  private final List<Integer> starts = new ArrayList<>();
  private final List<Integer> lines = new ArrayList<>();

  JoinedLines(String first, int line) {
    starts.add(0);
    lines.add(line);
    text.append(first.strip());
  }

  /**
   * Continues the prose with the next wrapped line: joined by a space, except after a word broken at a hyphen
   * ({@code non-} + {@code parametric}), where the hyphen is kept and no space is added.
   */
  void append(String next, int line) {
    String continuation = next.strip();
    if (!brokenAtHyphen(continuation)) {
      text.append(' ');
    }
    starts.add(text.length());
    lines.add(line);
    text.append(continuation);
  }

  private boolean brokenAtHyphen(String continuation) {
    int n = text.length();
    return n >= 2 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2))
        && !continuation.isEmpty() && Character.isLowerCase(continuation.charAt(0));
  }

  String text() {
    return text.toString();
  }

  int firstLine() {
    return lines.get(0);
  }

  int lastLine() {
    return lines.get(lines.size() - 1);
  }

  /** The source line the character at {@code offset} came from. */
  int lineAt(int offset) {
    int index = 0;
    while (index + 1 < starts.size() && starts.get(index + 1) <= offset) {
      index++;
    }
    return lines.get(index);
  }
}
