package dev.studyguide.source.read;

import java.util.regex.Pattern;

/**
 * Whether a line is shaped like a web page's heading once the markup is gone: short, starting with a capital
 * or a digit, every longer word outside parentheses capitalised ("Norms (from inner products)",
 * "Batch vs SGD vs Mini-Batch"), no mathematics and no closing full stop or question mark. A sentence such as
 * "H is symmetric if f has continuous 2nd derivatives" fails on its lowercase words.
 */
final class HeadingShape {
  private static final int MAX_LENGTH = 60;
  private static final int MAX_WORDS = 10;
  private static final Pattern PARENTHESISED = Pattern.compile("\\([^()]*\\)");
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s/-]+");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

  private HeadingShape() {}

  static boolean matches(String line) {
    String text = line.strip();
    if (text.isEmpty() || text.length() > MAX_LENGTH || ".?!:;,".indexOf(text.charAt(text.length() - 1)) >= 0) {
      return false;
    }
    char first = text.charAt(0);
    if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
      return false;
    }
    if (text.chars().anyMatch(c -> MathToken.isMathChar(c) || "=<>_^|*".indexOf(c) >= 0)) {
      return false;
    }
    String outside = PARENTHESISED.matcher(text).replaceAll(" ");
    String[] words = WORD_BREAK.split(outside);
    if (words.length > MAX_WORDS) {
      return false;
    }
    for (String word : words) {
      String letters = NOT_LETTER_OR_DIGIT.matcher(word).replaceAll("");
      if (letters.length() >= 4 && !Character.isUpperCase(letters.charAt(0)) && !Character.isDigit(letters.charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
