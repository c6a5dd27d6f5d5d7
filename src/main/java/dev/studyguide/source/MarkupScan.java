package dev.studyguide.source;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warns about HTML tags in a source whose reader does not read HTML (the plain-text formats). They are never
 * interpreted (every renderer escapes source text), but an editor who pasted HTML should know it will show up as
 * literal text. Markdown readers read HTML themselves and report what they drop.
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
      int line = n;
      firstTag(document.line(n)).ifPresent(tag -> out.add(Diagnostic.warning(document.file(), line,
          "HTML tag " + tag + " in source", "it is shown as text, never run; write markdown or plain text instead")));
    }
    return out;
  }

  /** The first HTML tag in {@code text}, shortened for a message; data files warn about it too. */
  public static Optional<String> firstTag(String text) {
    if (text.indexOf('<') < 0) {
      return Optional.empty(); // nearly every line: skip the pattern's try at each position
    }
    Matcher m = TAG.matcher(text);
    while (m.find()) {
      if (KNOWN_HTML.matcher(m.group(1)).matches()) {
        return Optional.of(shorten(m.group()));
      }
    }
    return Optional.empty();
  }

  private static String shorten(String tag) {
    return tag.length() <= 40 ? tag : tag.substring(0, 37) + "...";
  }
}
