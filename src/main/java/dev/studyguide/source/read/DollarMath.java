package dev.studyguide.source.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into prose and {@code $…$} / {@code $$…$$} TeX spans. The TeX is cut out byte-exact, delimiters
 * excluded. A {@code $} that the next {@code $} does not close is not guessed at: it stays prose and is reported,
 * so nothing after it is swallowed into a formula.
 */
final class DollarMath {
  private DollarMath() {}

  /** A run of the text: prose, or TeX that stood between dollar signs. {@code start} is its offset in the text. */
  sealed interface Piece {
    int start();
  }

  record Prose(String text, int start) implements Piece {}

  record Tex(String tex, boolean display, int start) implements Piece {}

  /** A {@code $} or {@code $$} at {@code offset} that no later delimiter closes. */
  record Unclosed(int offset, boolean display) {}

  record Scan(List<Piece> pieces, List<Unclosed> unclosed) {}

  static Scan scan(String text) {
    List<Piece> pieces = new ArrayList<>();
    List<Unclosed> unclosed = new ArrayList<>();
    int proseStart = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        i += 2; // an escaped character, \$ included, is never a delimiter
        continue;
      }
      if (c != '$') {
        i++;
        continue;
      }
      String delimiter = text.startsWith("$$", i) ? "$$" : "$";
      int texStart = i + delimiter.length();
      int close = closing(text, texStart, delimiter);
      if (close <= texStart || delimiter.length() == 1 && !inlinePair(text, i, close)) {
        unclosed.add(new Unclosed(i, delimiter.length() == 2));
        i = texStart;
        continue;
      }
      if (i > proseStart) {
        pieces.add(new Prose(text.substring(proseStart, i), proseStart));
      }
      pieces.add(new Tex(text.substring(texStart, close), delimiter.length() == 2, i));
      i = close + delimiter.length();
      proseStart = i;
    }
    if (proseStart < text.length()) {
      pieces.add(new Prose(text.substring(proseStart), proseStart));
    }
    return new Scan(pieces, unclosed);
  }

  /**
   * Pandoc's rule for a single-dollar pair, which keeps prices apart from TeX ({@code costs $5 per run, or $x$}):
   * the opening {@code $} is followed by a non-space, the closing one follows a non-space and is not followed by
   * a digit.
   */
  private static boolean inlinePair(String text, int open, int close) {
    boolean opens = !Character.isWhitespace(text.charAt(open + 1));
    boolean closes = !Character.isWhitespace(text.charAt(close - 1))
        && (close + 1 >= text.length() || !Character.isDigit(text.charAt(close + 1)));
    return opens && closes;
  }

  /** Offset of the delimiter that closes a span whose TeX starts at {@code from}, or -1. */
  static int closing(String text, int from, String delimiter) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (text.startsWith(delimiter, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether braces pair up, ignoring escaped ones ({@code \{}); KaTeX refuses TeX where they do not. */
  static boolean bracesBalance(String tex) {
    int depth = 0;
    for (int i = 0; i < tex.length(); i++) {
      char c = tex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }
}
