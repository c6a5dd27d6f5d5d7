package dev.studyguide.source.read;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The marks collections put on a question to say how hard it is, at its start or end: a letter in brackets
 * ({@code [E]}, {@code [M]}, {@code [H]}), a word in brackets or parentheses ("(easy)", "[Hard]", "(expert)"),
 * or an emoji from the common legends (👶 or 🟢 easy, ⭐ or 🟡 medium, 🚀, 🔥 or 🔴 hard), maybe repeated
 * ("⭐⭐"). Normalized to {@code easy}, {@code medium} or {@code hard}. Read by looking at the text's two ends
 * only, never by a pattern searched through the whole line (that cost a tenth of a millisecond a line).
 */
final class DifficultyMark {
  /** The text without its mark, and the difficulty it gave (empty when none). */
  record Marked(String text, String difficulty) {}

  private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("e", "easy"), Map.entry("easy", "easy"),
      Map.entry("beginner", "easy"), Map.entry("m", "medium"), Map.entry("medium", "medium"),
      Map.entry("med", "medium"), Map.entry("intermediate", "medium"), Map.entry("h", "hard"),
      Map.entry("hard", "hard"), Map.entry("expert", "hard"), Map.entry("advanced", "hard"));
  private static final Map<Integer, String> EMOJI = Map.of(0x1F476, "easy", 0x1F7E2, "easy", 0x2B50, "medium",
      0x1F31F, "medium", 0x1F7E1, "medium", 0x1F680, "hard", 0x1F525, "hard", 0x1F534, "hard");
  private static final List<String> BRACKETS = List.of("[]", "()");
  private static final int VARIATION_SELECTOR = 0xFE0F;

  private DifficultyMark() {}

  static Marked strip(String text) {
    Marked leading = leading(text);
    return leading.difficulty().isEmpty() ? trailing(text) : leading;
  }

  private static Marked leading(String text) {
    String t = text.stripLeading();
    for (String pair : BRACKETS) {
      int close = t.startsWith(pair.substring(0, 1)) ? t.indexOf(pair.charAt(1)) : -1;
      String word = close > 0 && close <= 13 ? t.substring(1, close).toLowerCase(Locale.ROOT) : "";
      if (WORDS.containsKey(word)) {
        return new Marked(t.substring(close + 1).stripLeading(), WORDS.get(word));
      }
    }
    int i = 0;
    String found = "";
    while (i < t.length() && EMOJI.containsKey(t.codePointAt(i))) {
      found = EMOJI.get(t.codePointAt(i));
      i += Character.charCount(t.codePointAt(i));
      i += i < t.length() && t.charAt(i) == VARIATION_SELECTOR ? 1 : 0;
    }
    return new Marked(found.isEmpty() ? text : t.substring(i).stripLeading(), found);
  }

  private static Marked trailing(String text) {
    String t = withoutSelectors(text.stripTrailing());
    for (String pair : BRACKETS) {
      int open = t.endsWith(pair.substring(1)) ? t.lastIndexOf(pair.charAt(0)) : -1;
      String word = open >= 0 && t.length() - open <= 14 ? t.substring(open + 1, t.length() - 1).toLowerCase(Locale.ROOT)
          : "";
      if (WORDS.containsKey(word)) {
        return new Marked(t.substring(0, open).stripTrailing(), WORDS.get(word));
      }
    }
    int end = t.length();
    String found = "";
    while (end > 0) {
      int cp = t.codePointBefore(end);
      if (cp == VARIATION_SELECTOR) {
        end--;
      } else if (EMOJI.containsKey(cp)) {
        found = EMOJI.get(cp);
        end -= Character.charCount(cp);
      } else {
        break;
      }
    }
    return new Marked(found.isEmpty() ? text : t.substring(0, end).stripTrailing(), found);
  }

  private static String withoutSelectors(String text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == VARIATION_SELECTOR || Character.isWhitespace(text.charAt(end - 1)))) {
      end--;
    }
    return text.substring(0, end);
  }
}
