package dev.studyguide.source.markdown;

/**
 * When {@code \[…\]} is display math and when it is two escaped brackets. Markdown writes a literal bracket as
 * {@code \[} so it cannot start a link, and question lists do it around labels and ranges: {@code \[E\]},
 * {@code \[src\]}, {@code \[0, 1\]}. TeX between the brackets has something besides words, digits and
 * punctuation of prose: a command, a script, an operator or a brace. So a span counts as math only when it holds a
 * character other than letters, digits, spaces and {@code , . ' -}.
 */
final class BracketMath {
  private static final String PROSE = " ,.'-";

  private BracketMath() {}

  static boolean looksLikeTex(CharSequence content) {
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && PROSE.indexOf(c) < 0) {
        return true;
      }
    }
    return false;
  }
}
