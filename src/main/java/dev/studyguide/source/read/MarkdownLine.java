package dev.studyguide.source.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one markdown line is, as far as the general reader cares: a heading, a list item, a line that is all
 * bold, a question or answer marker of a Q/A pair, a {@code <details>} or {@code <summary>} line, or anything
 * else. Lines inside fenced code and {@code $$} blocks are never classified (see {@link MarkdownOutline}).
 *
 * @param level the heading's level (1-6), else 0
 * @param indent the list item's marker column (tabs count four), else 0
 * @param text the heading's, item's (with its number, if numbered), bold line's or marker's text; the summary's
 *     text for details lines
 * @param tail what follows the bold on a bold line (a difficulty mark or a citation, or words: then it is a
 *     paragraph that starts in bold, not a bold paragraph); else empty
 */
record MarkdownLine(Kind kind, int level, int indent, String text, String tail) {
  enum Kind { HEADING, LIST_ITEM, BOLD, QUESTION_MARKER, ANSWER_MARKER, DETAILS, DETAILS_END, OTHER }

  private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
  /** Numbered, lettered ("a)") and roman ("iv.") items too: question sets number their parts so. */
  private static final Pattern LIST_ITEM =
      Pattern.compile("^([ \\t]*)(?:(\\d{1,9}[.)])|[ivx]{1,5}[.)]|[a-h][.)]|[-*+])[ \\t]+(.*)$");
  /** The whole line bold, maybe followed by a mark or citation outside the bold (checked by the caller). */
  private static final Pattern BOLD = Pattern.compile("^ {0,3}(\\*\\*|__)(?!\\s)(.+?)(?<!\\s)\\1(?!\\*)(.*)$");
  private static final String OPEN = "(?:\\*\\*|__)?";
  /** After a word marker: a colon or full stop, inside or outside the bold. */
  private static final String CLOSE = "[ \\t]*(?:(?:\\*\\*|__)[ \\t]*[:.]|[:.][ \\t]*(?:\\*\\*|__)?)";
  /** After a one-letter marker: a colon only ("A. Paris" is an option, not an answer). */
  private static final String COLON = "[ \\t]*(?:(?:\\*\\*|__)[ \\t]*:|:[ \\t]*(?:\\*\\*|__)?)";
  static final Pattern QUESTION_MARKER = Pattern.compile("^ {0,3}" + OPEN
      + "(?:(?i:question)(?:[ \\t]*\\d+)?" + CLOSE + "|(?i:q)(?:[ \\t]*\\d+)?" + COLON + ")[ \\t]*(.*)$");
  static final Pattern ANSWER_MARKER = Pattern.compile("^[ \\t]*(?:" + OPEN
      + "(?:(?i:answer|solution)(?:[ \\t]*\\d+)?" + CLOSE + "|(?i:a|ans)(?:[ \\t]*\\d+)?" + COLON + ")|\\[A\\])"
      + "[ \\t]*(.*)$");
  private static final Pattern DETAILS = Pattern.compile("^[ \\t]*<details(?:\\s[^>]*)?>[ \\t]*(.*)$",
      Pattern.CASE_INSENSITIVE);
  static final Pattern SUMMARY = Pattern.compile("^[ \\t]*<summary(?:\\s[^>]*)?>(.*?)</summary>[ \\t]*(.*)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DETAILS_END = Pattern.compile("^[ \\t]*</details>[ \\t]*$",
      Pattern.CASE_INSENSITIVE);

  static MarkdownLine of(String line) {
    if (line.isBlank()) {
      return other();
    }
    Matcher m = HEADING.matcher(line);
    if (m.matches()) {
      return new MarkdownLine(Kind.HEADING, m.group(1).length(), 0, m.group(2) == null ? "" : m.group(2), "");
    }
    if ((m = QUESTION_MARKER.matcher(line)).matches()) {
      return new MarkdownLine(Kind.QUESTION_MARKER, 0, 0, m.group(1), "");
    }
    if ((m = ANSWER_MARKER.matcher(line)).matches()) {
      return new MarkdownLine(Kind.ANSWER_MARKER, 0, 0, m.group(1), "");
    }
    if ((m = LIST_ITEM.matcher(line)).matches()) {
      // A number stays with the text, where QuestionText reads it as the question's number.
      String rest = afterStackedMarkers(m.group(3));
      String text = m.group(2) == null ? rest : m.group(2) + " " + rest;
      return new MarkdownLine(Kind.LIST_ITEM, 0, columns(m.group(1)), text, "");
    }
    if ((m = BOLD.matcher(line)).matches()) {
      return new MarkdownLine(Kind.BOLD, 0, 0, m.group(2), m.group(3));
    }
    if ((m = DETAILS.matcher(line)).matches()) {
      Matcher summary = SUMMARY.matcher(m.group(1));
      return new MarkdownLine(Kind.DETAILS, 0, 0, summary.matches() ? summary.group(1) : "", "");
    }
    if (DETAILS_END.matcher(line).matches()) {
      return new MarkdownLine(Kind.DETAILS_END, 0, 0, "", "");
    }
    return other();
  }

  /**
   * The text after further bullets on the same line ("- - - - why?" is a list nested four deep): the item's own
   * words. A loop rather than a repeated group, which would recurse once per marker.
   */
  static String afterStackedMarkers(String text) {
    int i = 0;
    while (i + 1 < text.length() && "-*+".indexOf(text.charAt(i)) >= 0 && (text.charAt(i + 1) == ' '
        || text.charAt(i + 1) == '\t')) {
      i += 2;
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
    }
    return text.substring(i);
  }

  /** How many list markers open the line, nested one in another ("- - - x" has three). */
  static int stackedMarkers(String line) {
    String rest = line.stripLeading();
    return rest.isEmpty() || "-*+".indexOf(rest.charAt(0)) < 0 ? 0
        : (rest.length() - afterStackedMarkers(rest).length() + 1) / 2;
  }

  private static MarkdownLine other() {
    return new MarkdownLine(Kind.OTHER, 0, 0, "", "");
  }

  static int columns(String whitespace) {
    int column = 0;
    for (int i = 0; i < whitespace.length(); i++) {
      column = whitespace.charAt(i) == '\t' ? column + 4 - column % 4 : column + 1;
    }
    return column;
  }
}
