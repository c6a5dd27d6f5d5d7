package dev.studyguide.source.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a question's answer made ready for the markdown parser: the {@code A:}/{@code **Answer:**} marker
 * cut from its line; lines that only fold or space the answer ({@code <details>}, {@code <summary>…</summary>},
 * {@code </details>}, a lone {@code <br/>}) blanked, their place kept; lines of follow-ups blanked (they are the
 * question's, not the answer's); and the answer of a list item moved left by its common indent, so that it is
 * read as paragraphs rather than as code.
 */
final class AnswerLines {
  private static final Pattern FOLDING = Pattern.compile(
      "(?i)^\\s*(?:</?details(?:\\s[^>]*)?>|<summary(?:\\s[^>]*)?>.*?</summary>|<br\\s*/?>|</?p>)*\\s*$");

  private AnswerLines() {}

  /** Lines {@code from..to} (1-based) of {@code document}, with {@code skip} lines blanked. */
  static List<String> of(List<String> document, int from, int to, Set<Integer> skip) {
    List<String> out = new ArrayList<>(Math.max(0, to - from + 1));
    boolean marked = false;
    for (int n = from; n <= to; n++) {
      String line = document.get(n - 1);
      if (skip.contains(n) || FOLDING.matcher(line).matches()) {
        out.add("");
        continue;
      }
      Matcher answer = MarkdownLine.ANSWER_MARKER.matcher(line);
      if (!marked && answer.matches()) {
        marked = true;
        line = line.substring(0, line.length() - line.stripLeading().length()) + answer.group(1);
      }
      out.add(line);
    }
    return dedent(out);
  }

  private static List<String> dedent(List<String> lines) {
    int common = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        common = Math.min(common, MarkdownLine.columns(line.substring(0, line.length() - line.stripLeading().length())));
      }
    }
    if (common == 0 || common == Integer.MAX_VALUE) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      out.add(line.isBlank() ? "" : removeColumns(line, common));
    }
    return out;
  }

  private static String removeColumns(String line, int columns) {
    int column = 0;
    int i = 0;
    while (i < line.length() && column < columns && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      column = line.charAt(i) == '\t' ? column + 4 - column % 4 : column + 1;
      i++;
    }
    return " ".repeat(Math.max(0, column - columns)) + line.substring(i);
  }
}
