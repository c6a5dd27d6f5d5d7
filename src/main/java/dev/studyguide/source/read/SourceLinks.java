package dev.studyguide.source.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citation links at the end of a question ({@code [[src](url)]}, {@code [[src]](url)}, {@code ([source](url))},
 * {@code [ref](url)}): where the question came from, not words of it. Cut from the prompt and kept as the
 * question's source links. A link inside the sentence ("How does [CBIR](url) work?") stays in the prompt.
 */
final class SourceLinks {
  /** A text without its trailing citations, and the citations as markdown links, in order. */
  record Cited(String text, List<String> links) {}

  private static final String LABEL = "([^\\[\\]]{1,40})";
  private static final String CITE_WORD = "((?i:src|source|sources|ref|reference|link)\\s*\\d*)";
  private static final String URL = "\\(\\s*<?([^\\s()<>]+)>?\\s*\\)";
  private static final Pattern TRAILING = Pattern.compile("\\s*(?:"
      + "\\[\\[" + LABEL + "\\]" + URL + "\\]"
      + "|\\[\\[" + LABEL + "\\]\\]" + URL
      + "|\\(\\[" + LABEL + "\\]" + URL + "\\)"
      + "|\\[" + CITE_WORD + "\\]" + URL
      + ")\\s*$");

  private SourceLinks() {}

  static Cited strip(String text) {
    List<String> links = new ArrayList<>();
    String rest = text;
    String end = text.stripTrailing();
    if (!end.endsWith(")") && !end.endsWith("]")) {
      return new Cited(text, links); // most lines: no citation can end here, no search through them
    }
    for (Matcher m = TRAILING.matcher(rest); m.find(); m = TRAILING.matcher(rest)) {
      for (int group = 1; group < m.groupCount(); group += 2) {
        if (m.group(group) != null) {
          links.add(0, "[" + m.group(group).strip() + "](" + m.group(group + 1) + ")");
          break;
        }
      }
      rest = rest.substring(0, m.start());
    }
    return new Cited(rest, links);
  }
}
