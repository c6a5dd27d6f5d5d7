package dev.studyguide.graph;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question asks for (its intent) and its main clause: the part before "and how is it used ...", "and how
 * does it differ from ...". Two questions are only duplicates when they ask the same kind of thing about the same
 * thing.
 */
public record QuestionShape(Intent intent, String mainClause) {

  public enum Intent {
    COMPARE, DERIVE, WHY, HOW, DEFINE, OTHER;

    /**
     * Whether two questions of these intents can ask the same thing: the same intent, or a definition and a
     * comparison, since saying what something is means saying how it differs ("what is SGD, and how does it
     * differ from batch GD" is "the difference between GD and SGD"). A derivation, a why and a how stay apart
     * from any other kind: "derive the softmax function" is not "explain the softmax function".
     */
    public boolean compatibleWith(Intent other) {
      return this == other || (isDescriptive() && other.isDescriptive());
    }

    private boolean isDescriptive() {
      return this == DEFINE || this == COMPARE;
    }
  }

  private static final Pattern COMPARE =
      Pattern.compile("\\b(difference|differences|differ|differs|compare|comparison|contrast|versus|vs\\.?)\\b");
  private static final Pattern DERIVE =
      Pattern.compile("^(derive|prove|show|compute|calculate|write (out|down)|find)\\b");
  private static final Pattern DEFINE = Pattern.compile(
      "^(what (is|are|'s|does)|explain|define|describe|give|tell|state|discuss|summari[sz]e|outline)\\b");
  private static final Pattern HOW_IT_WORKS = Pattern.compile("^how (does|do|is|are) [^?.,;]*\\bwork(s|ing)?\\b");
  /** Where a follow-on clause starts: ", and how ...", " and why ...", "? How ...". */
  private static final Pattern TAIL = Pattern.compile(
      "(,\\s*(and|or|but|especially|particularly|including)\\b"
          + "|\\s+and\\s+(how|why|what|when|where|which|its|their|explain|describe|discuss|give|derive|show|state)\\b"
          + "|[?.:;]\\s)");

  public static QuestionShape of(String prompt) {
    String text = prompt.strip();
    String lower = text.toLowerCase(Locale.ROOT);
    String main = upToTail(text);
    return new QuestionShape(intent(lower, main.toLowerCase(Locale.ROOT)), main.strip());
  }

  /** The text up to its first follow-on clause. */
  private static String upToTail(String text) {
    Matcher tail = TAIL.matcher(text);
    return tail.find() ? text.substring(0, tail.start()) : text;
  }

  private static Intent intent(String lower, String mainLower) {
    if (COMPARE.matcher(mainLower).find()) {
      return Intent.COMPARE;
    }
    if (DERIVE.matcher(lower).find()) {
      return Intent.DERIVE;
    }
    if (lower.startsWith("why")) {
      return Intent.WHY;
    }
    if (HOW_IT_WORKS.matcher(lower).find()) {
      return Intent.DEFINE; // "how does X work" asks what X is and does: "describe X"
    }
    if (lower.startsWith("how")) {
      return Intent.HOW;
    }
    return DEFINE.matcher(lower).find() ? Intent.DEFINE : Intent.OTHER;
  }
}
