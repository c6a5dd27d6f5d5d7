package dev.studyguide.source.read;

/**
 * Tidies the edges of a formula span so that prose punctuation stays prose: a trailing comma or full stop,
 * a bracket whose partner lies outside the span ("(low I(X; h))"), and parentheses around the whole formula
 * ("(σ₁≥σ₂≥…≥0)" → "σ₁≥σ₂≥…≥0"). Square brackets around a whole formula stay: they are notation ("[A | b]").
 */
final class SpanEdges {
  private SpanEdges() {}

  /** The tidied {@code [start, end)}, or null when nothing is left. */
  static int[] tidy(String text, int start, int end) {
    int from = start;
    int to = end;
    boolean changed = true;
    while (changed && from < to) {
      changed = false;
      while (to > from && ",;:.?".indexOf(text.charAt(to - 1)) >= 0) {
        to--;
        changed = true;
      }
      int unmatched = firstUnmatched(text, from, to);
      if (unmatched >= 0) {
        if (MathToken.isCloser(text.charAt(unmatched))) {
          to = unmatched; // a closer with no opener in the span: the span ends before it
        } else if (unmatched == from) {
          from++; // an opener never closed: at the start it is prose's,
        } else {
          to = unmatched; // and inside, the formula ends before it
        }
        changed = true;
      } else if (text.charAt(from) == '(' && matchingCloser(text, from, to) == to - 1) {
        from++;
        to--;
        changed = true;
      }
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
    }
    return from < to ? new int[] {from, to} : null;
  }

  /** Index of a bracket that has no partner inside {@code [from, to)}, or -1. */
  private static int firstUnmatched(String text, int from, int to) {
    int[] stack = new int[to - from];
    int depth = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (MathToken.isOpener(c)) {
        stack[depth++] = i;
      } else if (MathToken.isCloser(c)) {
        if (depth == 0 || !MathToken.matches(text.charAt(stack[depth - 1]), c)) {
          return i;
        }
        depth--;
      }
    }
    return depth > 0 ? stack[0] : -1;
  }

  private static int matchingCloser(String text, int open, int to) {
    int depth = 0;
    for (int i = open; i < to; i++) {
      char c = text.charAt(i);
      if (MathToken.isOpener(c)) {
        depth++;
      } else if (MathToken.isCloser(c) && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
