package dev.studyguide.source.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Reads {@code \(…\)}, the LaTeX inline delimiters the chat transcript (000) writes, and {@code \[…\]} met inside
 * a line, as one opaque node before CommonMark's backslash escapes can turn {@code \(} into a parenthesis. As with
 * {@code $…$}, the closing delimiter must be on the same line, and a backslash inside the span takes the next
 * character with it, so {@code \\} (a TeX line break) cannot close. Any other backslash is left to CommonMark, so
 * {@code \\(} is an escaped backslash and a parenthesis, not math.
 *
 * <p>{@code \[…\]} inside a line is set inline, as MathJax books that write it mid-sentence are read; it is math
 * only when its content looks like TeX ({@link BracketMath}), so {@code \[E\]} stays an escaped label, and an
 * unclosed {@code \[} is an escaped bracket (markdown's way to write one), never reported.
 */
final class ParenMathParser implements InlineParserExtension {

  @Override
  public void finalizeDocument(InlineParser inlineParser) {}

  @Override
  public void finalizeBlock(InlineParser inlineParser) {}

  @Override
  public boolean parse(LightInlineParser parser) {
    BasedSequence input = parser.getInput();
    int open = parser.getIndex();
    if (open + 1 >= input.length()) {
      return false;
    }
    char kind = input.charAt(open + 1);
    if (kind == '[') {
      return bracket(parser, input, open);
    }
    if (kind != '(') {
      return false;
    }
    parser.flushTextNode();
    int close = findClose(input, open + 2, ')');
    if (close < 0) {
      parser.getBlock().appendChild(InlineTex.unclosed(input.subSequence(open, open + 2)));
      parser.setIndex(open + 2);
      return true;
    }
    String tex = input.subSequence(open + 2, close).toString();
    parser.getBlock().appendChild(InlineTex.closed(input.subSequence(open, close + 2), tex));
    parser.setIndex(close + 2);
    return true;
  }

  private static boolean bracket(LightInlineParser parser, BasedSequence input, int open) {
    int close = findClose(input, open + 2, ']');
    if (close < 0 || !BracketMath.looksLikeTex(input.subSequence(open + 2, close))) {
      return false;
    }
    parser.flushTextNode();
    String tex = input.subSequence(open + 2, close).toString();
    parser.getBlock().appendChild(InlineTex.closed(input.subSequence(open, close + 2), tex));
    parser.setIndex(close + 2);
    return true;
  }

  /** Index of the closing {@code \)} or {@code \]} on the same line, or -1. */
  private static int findClose(BasedSequence input, int from, char closing) {
    for (int i = from; i + 1 < input.length(); i++) {
      char c = input.charAt(i);
      if (c == '\n' || c == '\r') {
        return -1;
      }
      if (c == '\\') {
        if (input.charAt(i + 1) == closing) {
          return i;
        }
        i++;
      }
    }
    return -1;
  }
}
