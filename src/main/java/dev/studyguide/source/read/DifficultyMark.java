package dev.studyguide.source.read;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marks collections put on a question to say how hard it is, at its start or end: a letter in brackets
 * ({@code [E]}, {@code [M]}, {@code [H]}), a word in brackets or parentheses ("(easy)", "[Hard]", "(expert)"),
 * or an emoji from the common legends (👶 or 🟢 easy, ⭐ or 🟡 medium, 🚀, 🔥 or 🔴 hard). Normalized to
 * {@code easy}, {@code medium} or {@code hard}.
 */
final class DifficultyMark {
  /** The text without its mark, and the difficulty it gave (empty when none). */
  record Marked(String text, String difficulty) {}

  private static final String WORDS = "e|m|h|easy|medium|med|hard|expert|beginner|intermediate|advanced";
  private static final String EMOJI = "👶|🟢|⭐️|⭐|🌟|🟡|🚀|🔥|🔴";
  private static final String MARK = "(?:\\[(?i:" + WORDS + ")\\]|\\((?i:" + WORDS + ")\\)|(?:" + EMOJI + ")+)";
  private static final Pattern LEADING = Pattern.compile("^\\s*(" + MARK + ")\\s*");
  private static final Pattern TRAILING = Pattern.compile("\\s*(" + MARK + ")[\\s\\uFE0F]*$");
  private static final List<String> EASY = List.of("e", "easy", "beginner", "👶", "🟢");
  private static final List<String> HARD = List.of("h", "hard", "expert", "advanced", "🚀", "🔥", "🔴");

  private DifficultyMark() {}

  static Marked strip(String text) {
    Matcher lead = LEADING.matcher(text);
    if (lead.find()) {
      return new Marked(text.substring(lead.end()), normalize(lead.group(1)));
    }
    Matcher trail = TRAILING.matcher(text);
    if (trail.find()) {
      return new Marked(text.substring(0, trail.start()), normalize(trail.group(1)));
    }
    return new Marked(text, "");
  }

  private static String normalize(String mark) {
    String bare = mark.replaceAll("[\\[\\]()\\uFE0F]", "").toLowerCase(Locale.ROOT);
    String first = bare.codePoints().limit(1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
        StringBuilder::append).toString();
    if (EASY.contains(bare) || EASY.contains(first)) {
      return "easy";
    }
    if (HARD.contains(bare) || HARD.contains(first)) {
      return "hard";
    }
    return "medium";
  }
}
