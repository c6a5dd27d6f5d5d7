package dev.studyguide.source.read;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a line of text asks something, by a rule that holds for any document rather than words fitted to one:
 * a sentence ending in a question mark; or a lead word that asks (an interrogative such as "what" or "how" in a
 * clause of at least {@value #MIN_WORDS_WITHOUT_MARK} words, or an imperative that sets a task such as
 * "explain", "derive", "implement"), also after a leading condition ("Given a stream of numbers, design …").
 * A short interrogative without a question mark ("How it works") reads as a section title, not a question.
 */
final class QuestionShape {
  static final int MIN_WORDS_WITHOUT_MARK = 4;
  private static final Set<String> INTERROGATIVES = Set.of("what", "what's", "whats", "why", "how", "when",
      "where", "which", "who", "whom", "whose");
  /** Verbs that set an interview task; the imperative mood is the question's shape, whatever the subject. */
  private static final Set<String> IMPERATIVES = Set.of("explain", "derive", "describe", "compare", "contrast",
      "prove", "show", "define", "discuss", "implement", "write", "give", "list", "name", "state", "calculate",
      "compute", "estimate", "design", "create", "find", "outline", "summarize", "summarise", "illustrate",
      "propose", "suggest", "walk", "talk", "tell", "justify", "evaluate", "analyze", "analyse", "demonstrate",
      "determine", "identify", "interpret", "distinguish", "differentiate", "solve", "sketch", "argue", "build",
      "code", "construct", "formulate", "express", "elaborate", "clarify", "reverse", "sort", "count");
  private static final Pattern QUESTION_MARK = Pattern.compile("\\?(?:[\\s)\"'”’*_]|$)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private QuestionShape() {}

  static boolean asks(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    if (QUESTION_MARK.matcher(t).find()) {
      return true;
    }
    if (leadsWithAsk(t)) {
      return true;
    }
    // "Given X, derive Y" / "Assuming X, show Y": the task follows the condition.
    int comma = t.indexOf(", ");
    String first = firstWord(t);
    return comma > 0 && (first.equals("given") || first.equals("assuming") || first.equals("suppose")
        || first.equals("if") || first.equals("for")) && leadsWithAsk(t.substring(comma + 2));
  }

  private static boolean leadsWithAsk(String clause) {
    String first = firstWord(clause);
    if (IMPERATIVES.contains(first)) {
      return true;
    }
    return INTERROGATIVES.contains(first) && SPACES.split(clause.strip()).length >= MIN_WORDS_WITHOUT_MARK;
  }

  private static String firstWord(String text) {
    var m = WORD.matcher(text);
    return m.find() ? m.group().toLowerCase(Locale.ROOT).replace('’', '\'') : "";
  }
}
