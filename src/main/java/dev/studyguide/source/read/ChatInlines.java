package dev.studyguide.source.read;

import dev.studyguide.model.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * The inline markup the chat transcript uses: {@code **strong**}, {@code *emphasis*}, {@code `code`} and
 * {@code \(tex\)}. A stand-in until {@code dev.studyguide.source.markdown.Markdown.inlines} lands; an unclosed
 * marker stays literal text, as in markdown.
 */
final class ChatInlines {
  private ChatInlines() {}

  static List<Inline> parse(String text, int line) {
    List<Inline> out = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int next = styled(text, i, line, out, plain);
      if (next == i) {
        plain.append(text.charAt(i));
        i++;
      } else {
        i = next;
      }
    }
    flush(plain, out);
    return out;
  }

  /** Adds the construct starting at {@code i} to {@code out} and returns where it ends, or {@code i} if none. */
  private static int styled(String text, int i, int line, List<Inline> out, StringBuilder plain) {
    if (text.startsWith("**", i)) {
      int close = text.indexOf("**", i + 2);
      if (close > i + 2) {
        flush(plain, out);
        out.add(new Inline.Styled(Inline.Style.STRONG, parse(text.substring(i + 2, close), line)));
        return close + 2;
      }
    } else if (text.charAt(i) == '*' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
      int close = text.indexOf('*', i + 1);
      if (close > i + 1 && !Character.isWhitespace(text.charAt(close - 1))) {
        flush(plain, out);
        out.add(new Inline.Styled(Inline.Style.EMPHASIS, parse(text.substring(i + 1, close), line)));
        return close + 1;
      }
    } else if (text.charAt(i) == '`') {
      int close = text.indexOf('`', i + 1);
      if (close > i + 1) {
        flush(plain, out);
        out.add(new Inline.Code(text.substring(i + 1, close)));
        return close + 1;
      }
    } else if (text.startsWith("\\(", i)) {
      int close = text.indexOf("\\)", i + 2);
      if (close > i + 2) {
        flush(plain, out);
        out.add(new Inline.Math(text.substring(i + 2, close), line));
        return close + 2;
      }
    }
    return i;
  }

  private static void flush(StringBuilder plain, List<Inline> out) {
    if (plain.length() > 0) {
      out.add(new Inline.Text(plain.toString()));
      plain.setLength(0);
    }
  }
}
