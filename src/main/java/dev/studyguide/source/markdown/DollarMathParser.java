package dev.studyguide.source.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Reads {@code $…$} (and {@code $$…$$} met inside a line) as one opaque node before emphasis, escapes or
 * links can touch the TeX. The closing dollar must be on the same line; a backslash inside the span escapes
 * the next character ({@code \$} is a literal dollar in TeX). Unlike Pandoc, spaces just inside the dollars are
 * allowed, because the sources write {@code $ Q $}; a closing dollar followed by a digit does not close, so
 * "$5 and $10" stays text.
 */
final class DollarMathParser implements InlineParserExtension {

  @Override
  public void finalizeDocument(InlineParser inlineParser) {}

  @Override
  public void finalizeBlock(InlineParser inlineParser) {}

  @Override
  public boolean parse(LightInlineParser parser) {
    BasedSequence input = parser.getInput();
    int open = parser.getIndex();
    int width = open + 1 < input.length() && input.charAt(open + 1) == '$' ? 2 : 1;
    int close = findClose(input, open + width, width);
    if (close < 0 || input.subSequence(open + width, close).isBlank()) {
      // Not math: keep the dollars as text so the second of "$$" cannot open a span of its own.
      parser.appendText(input.subSequence(open, open + width));
      parser.setIndex(open + width);
      return true;
    }
    parser.flushTextNode();
    String tex = input.subSequence(open + width, close).toString();
    parser.getBlock().appendChild(InlineTex.closed(input.subSequence(open, close + width), tex));
    parser.setIndex(close + width);
    return true;
  }

  /** Index of the closing delimiter on the same line, or -1. */
  private static int findClose(BasedSequence input, int from, int width) {
    for (int i = from; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c == '\n' || c == '\r') {
        return -1;
      }
      if (c == '\\') {
        i++;
      } else if (c == '$' && closesAt(input, i, width)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean closesAt(BasedSequence input, int i, int width) {
    if (width == 2 && (i + 1 >= input.length() || input.charAt(i + 1) != '$')) {
      return false;
    }
    int after = i + width;
    return after >= input.length() || !Character.isDigit(input.charAt(after));
  }
}
