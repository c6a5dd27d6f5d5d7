package dev.studyguide.source;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warns about HTML tags in a source. They are never interpreted (every renderer escapes source text), but
 * an editor who pasted HTML should know it will show up as literal text.
 */
public final class MarkupScan {
  private static final Pattern TAG =
      Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)(\\s[^<>]*)?/?>");
  private static final Pattern KNOWN_HTML = Pattern.compile(
      "(?i)script|style|iframe|img|a|div|span|p|br|hr|b|i|u|em|strong|table|tr|td|th|ul|ol|li|h[1-6]|"
          + "object|embed|svg|math|form|input|button|link|meta|body|html|head|sup|sub|code|pre");

  private MarkupScan() {}

  public static List<Diagnostic> scan(SourceDocument document) {
    List<Diagnostic> out = new ArrayList<>();
    for (int n = 1; n <= document.lines().size(); n++) {
      Matcher m = TAG.matcher(document.line(n));
      while (m.find()) {
        if (KNOWN_HTML.matcher(m.group(1)).matches()) {
          out.add(Diagnostic.warning(document.file(), n, "HTML tag " + shorten(m.group()) + " in source",
              "it is shown as text, never run; write markdown or plain text instead"));
          break;
        }
      }
    }
    return out;
  }

  private static String shorten(String tag) {
    return tag.length() <= 40 ? tag : tag.substring(0, 37) + "...";
  }
}
