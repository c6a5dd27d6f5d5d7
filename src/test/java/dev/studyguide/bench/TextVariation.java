package dev.studyguide.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Varies a unit's text while keeping every structural marker byte-exact: words of five or more letters are
 * replaced, at a fixed rate, by words from the real corpus' own vocabulary, and runs of sibling bullets are
 * shuffled; formulas become new ones ({@link FormulaVariation}). Inside math ({@code $…$}, {@code \(…\)}), code, TeX commands, identifiers like {@code s_i} or
 * {@code softmax(}, acronyms and the words that name structure in some format are never touched, so every
 * reader still sees the same shapes.
 */
final class TextVariation {
  /** Words that are markers in some format ("Answer:", "**Follow-ups:**", "Table 1:"): never replaced or inserted. */
  static final Set<String> STRUCTURAL = Set.of("question", "questions", "answer", "answers", "follow", "followups",
      "contents", "table", "figure", "bonus", "harder", "takeaways", "chapter", "section", "lilly");

  private static final Pattern WORD =
      Pattern.compile("(?<![\\p{L}\\p{N}_\\\\^{$])[A-Za-z][a-z]{4,}(?![\\p{L}\\p{N}_}(^])");
  /** Spans whose words are never replaced: math (varied by {@link FormulaVariation} instead), code, addresses. */
  static final Pattern UNTOUCHABLE =
      Pattern.compile("\\$\\$.*?\\$\\$|\\$[^$]*\\$|\\\\\\(.*?\\\\\\)|\\\\\\[.*?\\\\\\]|`[^`]*`|https?://\\S+");
  private static final Pattern BULLET = Pattern.compile("^(\\s*[-*+•]\\s+)(?!\\d{1,3}[.)]\\s)\\S.*$");

  private final List<String> vocabulary;
  private final double rate;
  private final FormulaVariation formulas;

  TextVariation(List<String> vocabulary, double rate) {
    this(vocabulary, rate, FormulaVariation.NONE);
  }

  private TextVariation(List<String> vocabulary, double rate, FormulaVariation formulas) {
    if (vocabulary.isEmpty()) {
      throw new IllegalArgumentException("empty vocabulary");
    }
    this.vocabulary = List.copyOf(vocabulary);
    this.rate = rate;
    this.formulas = formulas;
  }

  /** The same variation, with one document's formulas to draw new math from. */
  TextVariation with(FormulaVariation documentFormulas) {
    return new TextVariation(vocabulary, rate, documentFormulas);
  }

  /** The replaceable words of the texts, lower-cased, sorted: the same texts always give the same list. */
  static List<String> vocabulary(Collection<String> texts) {
    Set<String> words = new TreeSet<>();
    for (String text : texts) {
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        String word = m.group().toLowerCase(Locale.ROOT);
        if (!STRUCTURAL.contains(word)) {
          words.add(word);
        }
      }
    }
    return new ArrayList<>(words);
  }

  /** The lines with words substituted and bullet runs shuffled; same random state, same result. */
  List<String> vary(List<String> lines, Random random) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      out.add(substitute(line, random));
    }
    shuffleBulletRuns(out, random);
    return out;
  }

  String substitute(String line, Random random) {
    if (line.chars().filter(c -> c == '$').count() % 2 != 0) {
      return line; // an unclosed math span: leave the whole line alone rather than guess where math ends
    }
    StringBuilder out = new StringBuilder(line.length());
    Matcher keep = UNTOUCHABLE.matcher(line);
    int at = 0;
    while (keep.find()) {
      out.append(substituteWords(line.substring(at, keep.start()), random)).append(formulas.vary(keep.group(), random));
      at = keep.end();
    }
    return out.append(substituteWords(line.substring(at), random)).toString();
  }

  private String substituteWords(String text, Random random) {
    Matcher m = WORD.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    while (m.find()) {
      String word = m.group();
      if (STRUCTURAL.contains(word.toLowerCase(Locale.ROOT)) || random.nextDouble() >= rate) {
        continue;
      }
      String replacement = vocabulary.get(random.nextInt(vocabulary.size()));
      if (Character.isUpperCase(word.charAt(0))) {
        replacement = Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
      }
      out.append(text, at, m.start()).append(replacement);
      at = m.end();
    }
    return out.append(text.substring(at)).toString();
  }

  /**
   * Consecutive bullets with the same marker and indent are siblings whose order carries no structure; steps
   * written as numbered bullets ({@code • 3. …}) are not bullets here, so they keep their order.
   */
  private static void shuffleBulletRuns(List<String> lines, Random random) {
    int i = 0;
    while (i < lines.size()) {
      String marker = bulletMarker(lines.get(i));
      int j = i + 1;
      while (marker != null && j < lines.size() && marker.equals(bulletMarker(lines.get(j)))) {
        j++;
      }
      if (j - i > 1) {
        Collections.shuffle(lines.subList(i, j), random);
      }
      i = j;
    }
  }

  private static String bulletMarker(String line) {
    Matcher m = BULLET.matcher(line);
    return m.matches() ? m.group(1) : null;
  }
}
