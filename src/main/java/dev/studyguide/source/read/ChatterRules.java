package dev.studyguide.source.read;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shapes of conversational filler in a chat transcript: the assistant greeting, offering PDFs and quizzes,
 * introducing its next list, or recapping what it just wrote. Applied only to prose lines outside questions, so a
 * question that happens to say "I can" is never at risk. A prose line that matches no rule is reported rather
 * than skipped, so new kinds of filler show up instead of silently swallowing content.
 */
final class ChatterRules {

  /** One kind of filler, named so a skipped line can be explained. */
  record Rule(String name, Pattern pattern) {
    boolean matches(String line) {
      return pattern.matcher(line).find();
    }
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String APOSTROPHE = "['’]";

  static final List<Rule> RULES = List.of(
      rule("opens a reply with an interjection",
          "^(nice|absolutely|certainly|sure|great|awesome|love your \\w+)\\b"),
      rule("offers more material or invites a reply",
          "\\b(would you like|let me know|let" + APOSTROPHE + "s|i can|i" + APOSTROPHE + "ll|tell me|want to try"
              + "|want to take)\\b"),
      rule("introduces the list that follows", "^here(" + APOSTROPHE + "s| is| are)\\b"),
      rule("tells the reader what comes next", "\\byou\\b.*:$"),
      rule("recaps what the questions cover", "^these (\\w+ )?questions\\b"));

  private ChatterRules() {}

  private static Rule rule(String name, String regex) {
    return new Rule(name, Pattern.compile(regex, FLAGS));
  }

  /** The first rule the prose line matches, if it is filler. */
  static Optional<Rule> match(String line) {
    String text = line.strip();
    return RULES.stream().filter(rule -> rule.matches(text)).findFirst();
  }

  /** A filler line ending in a colon announces a list: the bullets after it belong to the filler (offers). */
  static boolean announcesList(String line) {
    return line.strip().endsWith(":");
  }
}
