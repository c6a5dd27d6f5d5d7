package dev.studyguide.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * New formulas for a synthetic document, so that a scaled corpus has as many distinct formulas as it has
 * formula slots and math is measured at scale. Each math span of a unit ({@code $…$}, {@code $$…$$},
 * {@code \(…\)}) whose TeX the reader found in the real document is replaced by another of that document's
 * real formulas of the same kind (a pool of real TeX shapes, in the spelling the document's format writes
 * them), with new symbols and numbers: each single letter is mapped to another of its case, each Greek letter
 * to another, each digit to another, consistently within the formula. Command names, longer words (operator
 * names, units, environments) and array column specs are kept, so the TeX stays as valid as the real one.
 * Spans whose TeX the reader did not take for math (prices, say) are left alone.
 */
final class FormulaVariation {
  /** For a document without math. */
  static final FormulaVariation NONE = new FormulaVariation(Map.of());

  private static final Pattern TOKEN = Pattern.compile(
      "\\\\begin\\{(?:array|tabular)\\}\\{[^}]*\\}|\\\\[A-Za-z]+|\\\\.|[A-Za-z]+|[0-9]", Pattern.DOTALL);
  private static final List<String> GREEK = List.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
      "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "phi", "chi", "psi", "omega");
  private static final List<String> CAPITAL_GREEK =
      List.of("Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Phi", "Psi", "Omega");

  /** A math span's delimiters; its TeX is what lies between them. */
  enum Kind {
    DISPLAY("$$", "$$"), INLINE("$", "$"), PARENTHESES("\\(", "\\)");

    final String open;
    final String close;

    Kind(String open, String close) {
      this.open = open;
      this.close = close;
    }

    static Kind of(String span) {
      for (Kind kind : values()) {
        if (span.length() > kind.open.length() + kind.close.length() && span.startsWith(kind.open)
            && span.endsWith(kind.close)) {
          return kind;
        }
      }
      return null;
    }
  }

  private final Map<Kind, List<String>> pools;

  private FormulaVariation(Map<Kind, List<String>> pools) {
    this.pools = pools;
  }

  /**
   * The pools of one real document: the TeX of every span of its text (as {@code spans} finds them) that
   * {@code formulas}, the document's formulas as the reader read them, contains; in text order.
   */
  static FormulaVariation of(String text, Pattern spans, Set<String> formulas) {
    Map<Kind, List<String>> pools = new HashMap<>();
    Matcher span = spans.matcher(text);
    while (span.find()) {
      Kind kind = Kind.of(span.group());
      String tex = kind == null ? null : tex(span.group(), kind);
      if (tex != null && formulas.contains(tex.strip())) {
        pools.computeIfAbsent(kind, k -> new ArrayList<>()).add(tex);
      }
    }
    return pools.isEmpty() ? NONE : new FormulaVariation(pools);
  }

  /** How many real formulas the pools hold. */
  int size() {
    return pools.values().stream().mapToInt(List::size).sum();
  }

  /**
   * The span with another formula of its kind from the pool, varied; the span as it is when it is no formula
   * of this document (code, an address, a price) or the pool has none of its kind.
   */
  String vary(String span, Random random) {
    Kind kind = Kind.of(span);
    List<String> pool = kind == null ? null : pools.get(kind);
    if (pool == null || !pool.contains(tex(span, kind))) {
      return span;
    }
    return kind.open + symbols(pool.get(random.nextInt(pool.size())), random) + kind.close;
  }

  /** The TeX with new letters, Greek letters and digits, consistently mapped within it. */
  static String symbols(String tex, Random random) {
    Map<String, String> mapped = new HashMap<>();
    StringBuilder out = new StringBuilder(tex.length());
    Matcher token = TOKEN.matcher(tex);
    int at = 0;
    while (token.find()) {
      out.append(tex, at, token.start()).append(mapped.computeIfAbsent(token.group(), t -> replacement(t, random)));
      at = token.end();
    }
    return out.append(tex.substring(at)).toString();
  }

  private static String replacement(String token, Random random) {
    if (token.length() == 1 && Character.isDigit(token.charAt(0))) {
      return Integer.toString(random.nextInt(10));
    }
    if (token.length() == 1 && Character.isLowerCase(token.charAt(0))) {
      return Character.toString('a' + random.nextInt(26));
    }
    if (token.length() == 1 && Character.isUpperCase(token.charAt(0))) {
      return Character.toString('A' + random.nextInt(26));
    }
    if (token.startsWith("\\") && GREEK.contains(token.substring(1))) {
      return "\\" + GREEK.get(random.nextInt(GREEK.size()));
    }
    if (token.startsWith("\\") && CAPITAL_GREEK.contains(token.substring(1))) {
      return "\\" + CAPITAL_GREEK.get(random.nextInt(CAPITAL_GREEK.size()));
    }
    return token;
  }

  private static String tex(String span, Kind kind) {
    return span.substring(kind.open.length(), span.length() - kind.close.length());
  }
}
