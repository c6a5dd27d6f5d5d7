package dev.studyguide.render.math;

import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately simple scanner for the TeX spans of a Markdown-ish text: {@code $$…$$} is display math and
 * may span lines, {@code $…$} is inline math on one line, {@code \$} is a literal dollar. Good enough to feed
 * the real formulas of the sources to KaTeX; the readers do the real extraction.
 */
final class TexSpans {

  /** A formula and the 1-based line it starts on. */
  record Span(MathRequest request, int line) {}

  private TexSpans() {}

  static List<Span> scan(List<String> lines) {
    String text = String.join("\n", lines);
    List<Span> spans = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c != '$') {
        i++;
      } else {
        boolean display = text.startsWith("$$", i);
        int open = i + (display ? 2 : 1);
        int close = closing(text, open, display);
        if (close < 0) {
          i = open;
          continue;
        }
        spans.add(new Span(new MathRequest(text.substring(open, close), display), lineOf(text, i)));
        i = close + (display ? 2 : 1);
      }
    }
    return spans;
  }

  private static int closing(String text, int from, boolean display) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '\n' && !display) {
        return -1;
      } else if (c == '$' && (!display || text.startsWith("$$", i))) {
        return i;
      }
    }
    return -1;
  }

  private static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
