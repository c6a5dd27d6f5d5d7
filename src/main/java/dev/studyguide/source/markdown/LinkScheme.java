package dev.studyguide.source.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a markdown link's target may be followed: {@code http}, {@code https}, {@code mailto} or no scheme at all
 * (a relative address or an anchor), the same protocols the HTML safelist keeps ({@link SafeHtml}). The scheme is
 * read as a browser reads it, with tabs, line breaks and other control characters removed first, so
 * {@code jav&#9;ascript:} is {@code javascript:}.
 */
final class LinkScheme {
  private static final Set<String> ALLOWED = Set.of("http", "https", "mailto");
  private static final Pattern SCHEME = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*):.*", Pattern.DOTALL);

  private LinkScheme() {}

  static boolean allowed(String href) {
    String cleaned = href.replaceAll("[\\x00-\\x20\\x7f]", "");
    Matcher m = SCHEME.matcher(cleaned);
    return !m.matches() || ALLOWED.contains(m.group(1).toLowerCase(Locale.ROOT));
  }
}
