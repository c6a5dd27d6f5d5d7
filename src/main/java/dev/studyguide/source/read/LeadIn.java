package dev.studyguide.source.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bold lead-in of a web page's paragraph or bullet, which the text export kept as "Term: …"
 * ("Compact form: The Jacobian is …", "Euclidean: d(i,j) = …"). A lead-in starts with a capital, has at most
 * six words, a word of three letters or more, and no mathematics outside parentheses — so "Case 1 (i = j):"
 * is one, while "U ∈ R^(m×m):" and "L:" are not.
 */
final class LeadIn {
  private static final Pattern SHAPE = Pattern.compile("^([A-Z][^:]{0,40}:)\\s+\\S");
  private static final Pattern PARENTHESISED = Pattern.compile("\\([^()]*\\)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern HAS_WORD = Pattern.compile(".*[A-Za-z]{3,}.*");
  private static final int MAX_WORDS = 6;

  private LeadIn() {}

  /** Length of the lead-in including its colon, or 0 when the text has none. */
  static int length(String text) {
    Matcher m = SHAPE.matcher(text);
    if (!m.find()) {
      return 0;
    }
    String term = m.group(1);
    String outsideParentheses = PARENTHESISED.matcher(term).replaceAll("");
    if (outsideParentheses.contains("(") || outsideParentheses.contains(")")
        || SPACES.split(term).length > MAX_WORDS
        || !HAS_WORD.matcher(term).matches()
        || outsideParentheses.chars().anyMatch(c -> MathToken.isMathChar(c) || "=<>_^|".indexOf(c) >= 0)) {
      return 0;
    }
    return term.length();
  }
}
