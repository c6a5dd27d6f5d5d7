package dev.studyguide.source.read;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAML front matter: a first line {@code ---}, {@code key: value} lines, and a closing {@code ---} or
 * {@code ...} (as Jekyll, Hugo and GitHub read it). Its {@code title} names the document.
 *
 * @param lastLine the closing line, 1-based
 * @param title the {@code title:} value without quotes, or empty
 */
record FrontMatter(int lastLine, String title) {
  /** Front matter longer than this is not front matter but a document that begins with a rule. */
  private static final int MAX_LINES = 200;
  private static final Pattern KEY = Pattern.compile("^[A-Za-z_][\\w-]*\\s*:.*$");
  private static final Pattern TITLE = Pattern.compile("^title\\s*:\\s*(.*?)\\s*$");

  static Optional<FrontMatter> of(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      return Optional.empty();
    }
    String title = "";
    boolean keyed = false;
    for (int i = 1; i < Math.min(lines.size(), MAX_LINES); i++) {
      String line = lines.get(i);
      if (line.strip().equals("---") || line.strip().equals("...")) {
        return keyed ? Optional.of(new FrontMatter(i + 1, title)) : Optional.empty();
      }
      keyed |= KEY.matcher(line).matches();
      Matcher m = TITLE.matcher(line);
      if (m.matches()) {
        title = unquote(m.group(1));
      }
    }
    return Optional.empty();
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
        || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
