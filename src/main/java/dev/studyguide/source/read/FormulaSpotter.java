package dev.studyguide.source.read;

import dev.studyguide.model.Inline;
import dev.studyguide.source.read.MathToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds formulas written in Unicode or ASCII inside prose (003, 004), by explainable rules:
 * <ol>
 *   <li>each token is MATH, OPERATOR, SYMBOL or WORD ({@link MathToken});
 *   <li>a formula is a run of non-WORD tokens, kept only if it holds a MATH token or an operator between
 *       operands ("x ⊥ y"); a WORD inside an open bracket does not end it ("√(eigenvalues of AᵀA)");
 *   <li>a colon or semicolon after a token ends the run, except in a signature "f: Rⁿ → Rᵐ";
 *   <li>operators at the edges belong to the prose ("Rank = number of…"), and a symbol glued to a formula and
 *       then defined in words is a formula of its own ("θ_{t+1} = θ_t − α·∇L(θ_t) α = learning rate");
 *   <li>trailing punctuation and unmatched brackets are prose; parentheses around a whole formula too.
 * </ol>
 */
final class FormulaSpotter {

  /** Prose words that may sit between the formulas of a display line ("min f(x) s.t. gᵢ(x) ≤ 0"). */
  private static final Set<String> DISPLAY_CONNECTIVES = Set.of("s.t.", "for", "and", "iff");
  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private static final Pattern DEFINED_NAME = Pattern.compile("^[A-Za-z]+ =(\\s|$)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private FormulaSpotter() {}

  /** The text as prose and formula runs, in order; no formula yields a single text run. */
  static List<Inline> inlines(String text) {
    List<Inline> out = new ArrayList<>();
    int at = 0;
    for (int[] span : spans(text)) {
      if (span[0] > at) {
        out.add(new Inline.Text(text.substring(at, span[0])));
      }
      out.add(new Inline.Formula(text.substring(span[0], span[1])));
      at = span[1];
    }
    if (at < text.length()) {
      out.add(new Inline.Text(text.substring(at)));
    }
    return out;
  }

  /**
   * Whether the whole line is a display formula: outside its formulas there is only punctuation, a
   * connective such as "s.t.", or a single name being defined ("ELBO = …", "update = …").
   */
  static boolean isDisplayLine(String line) {
    List<int[]> spans = spans(line);
    if (spans.isEmpty()) {
      return false;
    }
    StringBuilder rest = new StringBuilder();
    int at = 0;
    for (int[] span : spans) {
      rest.append(line, at, span[0]).append(' ');
      at = span[1];
    }
    rest.append(line.substring(at));
    String leftover = DEFINED_NAME.matcher(rest.toString().strip()).replaceFirst(" ");
    for (String word : SPACES.split(leftover)) {
      if (!word.isEmpty() && !DISPLAY_CONNECTIVES.contains(word) && word.chars().anyMatch(Character::isLetter)) {
        return false;
      }
    }
    return true;
  }

  /** Character ranges {@code [start, end)} of the formulas in {@code text}, in order. */
  static List<int[]> spans(String text) {
    List<MathToken> tokens = tokenize(text);
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (tokens.get(i).kind() == Kind.WORD) {
        i++;
        continue;
      }
      int end = runEnd(tokens, i);
      boolean wordFollows = end < tokens.size() && tokens.get(end).kind() == Kind.WORD;
      for (List<MathToken> run : splitDefinedSymbol(tokens.subList(i, end), wordFollows)) {
        int[] span = toSpan(text, trimEdges(run));
        if (span != null) {
          spans.add(span);
        }
      }
      i = end;
    }
    return spans;
  }

  static List<MathToken> tokenize(String text) {
    List<MathToken> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(MathToken.of(m.group(), m.start()));
    }
    return resolveFunctionWords(tokens);
  }

  /** "log p(x)" is math, "sum of eigenvalues" is prose: an operator word needs an operand after it. */
  private static List<MathToken> resolveFunctionWords(List<MathToken> tokens) {
    List<MathToken> out = new ArrayList<>(tokens);
    for (int i = out.size() - 1; i >= 0; i--) {
      MathToken t = out.get(i);
      if (t.kind() == Kind.SYMBOL && t.isFunctionWord()) {
        boolean operand = i + 1 < out.size()
            && (out.get(i + 1).kind() == Kind.MATH || out.get(i + 1).kind() == Kind.SYMBOL);
        if (!operand) {
          out.set(i, new MathToken(t.text(), t.start(), t.end(), Kind.WORD));
        }
      }
    }
    return out;
  }

  /** Index after the last token of the run starting at {@code from}. */
  private static int runEnd(List<MathToken> tokens, int from) {
    int open = 0;
    boolean mathOpened = false;
    int i = from;
    while (i < tokens.size()) {
      MathToken t = tokens.get(i);
      if (t.kind() == Kind.WORD && (open <= 0 || !mathOpened || !closesLater(tokens, i, open))) {
        break;
      }
      if (t.bracketBalance() > 0) {
        mathOpened = t.kind() == Kind.MATH; // "√(eigenvalues of AᵀA)" reads on; "(95% variance)" does not
      }
      if (i > from && open <= 0 && endsClause(t) && isSignature(tokens, i)) {
        break; // "h = f∘g, g: Rⁿ→Rᵐ": the signature starts a formula of its own
      }
      open = Math.max(0, open + t.bracketBalance());
      i++;
      if (open <= 0 && endsClause(t) && !(i - 1 == from && isSignature(tokens, i - 1))) {
        break;
      }
    }
    return i;
  }

  private static boolean closesLater(List<MathToken> tokens, int from, int open) {
    for (int i = from; i < tokens.size(); i++) {
      open += tokens.get(i).bracketBalance();
      if (open <= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsClause(MathToken t) {
    return t.kind() != Kind.OPERATOR && (t.text().endsWith(":") || t.text().endsWith(";"));
  }

  /** "f: Rⁿ → Rᵐ": a lone symbol with a colon, followed by a mapping arrow. */
  private static boolean isSignature(List<MathToken> tokens, int at) {
    if (tokens.get(at).kind() != Kind.SYMBOL) {
      return false;
    }
    for (int i = at + 1; i < Math.min(tokens.size(), at + 3); i++) {
      if (tokens.get(i).text().contains("→")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A run ending in "=" before words defines its last symbol in prose. When that symbol is glued to the
   * formula before it without an operator, it is a separate formula: "… ∇L(θ_t) α = learning rate".
   */
  private static List<List<MathToken>> splitDefinedSymbol(List<MathToken> run, boolean wordFollows) {
    int n = run.size();
    if (!wordFollows || n < 3 || !run.get(n - 1).text().equals("=")) {
      return List.of(run);
    }
    MathToken symbol = run.get(n - 2);
    MathToken before = run.get(n - 3);
    if (symbol.kind() == Kind.OPERATOR || before.kind() == Kind.OPERATOR) {
      return List.of(run);
    }
    return List.of(run.subList(0, n - 2), run.subList(n - 2, n - 1));
  }

  /** Drops edge operators and a leading count ("Case 1 (i = j)"); empty when no math is left. */
  private static List<MathToken> trimEdges(List<MathToken> run) {
    int from = 0;
    int to = run.size();
    while (from < to && (run.get(from).kind() == Kind.OPERATOR || isLeadingCount(run, from, to))) {
      from++;
    }
    while (to > from && run.get(to - 1).kind() == Kind.OPERATOR) {
      to--;
    }
    List<MathToken> kept = run.subList(from, to);
    boolean math = kept.stream().anyMatch(t -> t.kind() == Kind.MATH || t.kind() == Kind.OPERATOR);
    return math ? kept : List.of();
  }

  private static boolean isLeadingCount(List<MathToken> run, int at, int to) {
    return at + 1 < to && DIGITS.matcher(run.get(at).text()).matches() && run.get(at + 1).kind() == Kind.SYMBOL;
  }

  private static int[] toSpan(String text, List<MathToken> run) {
    if (run.isEmpty()) {
      return null;
    }
    return SpanEdges.tidy(text, run.get(0).start(), run.get(run.size() - 1).end());
  }
}
