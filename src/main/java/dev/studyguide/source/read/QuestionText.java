package dev.studyguide.source.read;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a would-be question with what surrounds the asking taken off: its number ({@code 12)},
 * {@code Q3.}, {@code Question 4:}), its difficulty mark, and trailing citation links, each kept apart.
 *
 * @param number the source's number for it, or empty
 * @param labelled whether the source labels it a question ({@code Q3.}, {@code Question 4:})
 */
record QuestionText(String text, String number, String difficulty, List<String> sourceLinks, boolean labelled) {
  private static final Pattern NUMBER = Pattern.compile(
      "^\\s*(?:(?i:q|question|problem|exercise)\\s*(\\d+)\\s*[.:)\\-–]?|(\\d+)\\s*[.):]|(?i:q|question)\\s*[.:])\\s+");

  static QuestionText of(String raw) {
    String text = raw.strip();
    String number = "";
    boolean labelled = false;
    Matcher m = NUMBER.matcher(text);
    if (m.find()) {
      number = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : "";
      labelled = m.group(2) == null;
      text = text.substring(m.end());
    }
    // The mark may stand before or after the citations ("What? 👶 [[src](u)]", "What? [[src](u)] 👶").
    DifficultyMark.Marked marked = DifficultyMark.strip(text);
    SourceLinks.Cited cited = SourceLinks.strip(marked.text());
    String rest = cited.text();
    String difficulty = marked.difficulty();
    if (difficulty.isEmpty()) {
      DifficultyMark.Marked after = DifficultyMark.strip(rest);
      rest = after.text();
      difficulty = after.difficulty();
    }
    return new QuestionText(rest.strip(), number, difficulty, cited.links(), labelled);
  }

  boolean numbered() {
    return !number.isEmpty();
  }

  /** Asks by its words, or is marked the way only questions are marked (a difficulty, a "Q3." number). */
  boolean asks() {
    return labelled || !difficulty.isEmpty() || QuestionShape.asks(text);
  }
}
