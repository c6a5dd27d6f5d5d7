package dev.studyguide.source.read;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A whitespace-separated piece of a line, classified by how much it looks like mathematics. Only MATH tokens
 * can make a formula; SYMBOL tokens (single letters, numbers, {@code log}) join one without starting it, so
 * "a matrix A" stays prose while "A = P D P⁻¹" is a formula.
 *
 * @param start index of the first character in the line
 * @param end index after the last character
 */
record MathToken(String text, int start, int end, Kind kind) {

  enum Kind {
    /** Carries a symbol no prose uses: Greek, ∇, ², ᵢ, {@code _}, {@code =}, or a call such as {@code f(x)}. */
    MATH,
    /** A stand-alone operator between operands: {@code =}, {@code →}, {@code +}, {@code ≤}. */
    OPERATOR,
    /** Could be math or prose: a letter, a number, {@code dz}, {@code df/dx}, {@code sigma}, {@code log}. */
    SYMBOL,
    WORD
  }

  /** Two-letter words of English prose; any other two-letter token reads as a product of symbols (Ax, dz). */
  private static final Set<String> SHORT_WORDS = Set.of("a", "am", "an", "as", "at", "be", "by", "do", "go", "he",
      "if", "in", "is", "it", "me", "my", "no", "of", "on", "or", "so", "to", "up", "us", "vs", "we");

  /** Greek letters spelled out in ASCII formulas (004's {@code sigma * epsilon}). */
  private static final Set<String> GREEK_NAMES = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta",
      "eta", "theta", "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "phi", "chi", "psi",
      "omega");

  /** Operators written as words; they are math only when an operand follows ({@link FormulaSpotter}). */
  static final Set<String> FUNCTION_WORDS = Set.of("exp", "log", "ln", "sum", "min", "max", "lim", "sqrt",
      "det", "diag", "tanh", "sign", "cos", "sin", "integral", "argmin", "argmax");

  // Compiled once: isSymbolLike runs for every token of every prose line.
  private static final Pattern NUMBER = Pattern.compile("[0-9.…%]+");
  private static final Pattern LETTER_AND_DIGITS = Pattern.compile("[A-Za-z][0-9]*");
  private static final Pattern PRIMED = Pattern.compile("[A-Za-z]{1,2}'[A-Za-z]?|[A-Za-z]'");
  private static final Pattern TWO_LETTERS = Pattern.compile("[A-Za-z]{2}");
  private static final Pattern RATIO = Pattern.compile("([0-9]+|[A-Za-z]{1,2})/([0-9]+|[A-Za-z]{1,2})");

  private static final String OPERATORS = "=≠≤≥≈<>+-−*·×/→←↔⇒⇔∈∉⊂⊆⊥∝~|∘±:≡∼";
  private static final String ASCII_MATH = "=<>_^|*+~";
  private static final String OPENERS = "([{⟨";
  private static final String CLOSERS = ")]}⟩";

  static MathToken of(String text, int start) {
    return new MathToken(text, start, start + text.length(), classify(text));
  }

  static Kind classify(String token) {
    String core = core(token);
    if (isOperator(token) || (!core.isEmpty() && isOperator(core))) {
      return Kind.OPERATOR; // "=", "→", and "(=" in "(= dim of row space)"
    }
    if (token.equals("...") || token.equals("…")) {
      return Kind.SYMBOL; // "X → h1 → h2 → ... → Y"
    }
    if (core.isEmpty()) {
      return Kind.WORD;
    }
    if (hasMathChar(token) || isCall(core)) {
      return Kind.MATH;
    }
    return isSymbolLike(core) ? Kind.SYMBOL : Kind.WORD;
  }

  /** Whether the token is an operator word such as {@code log} (its kind then depends on what follows). */
  boolean isFunctionWord() {
    return FUNCTION_WORDS.contains(core(text).toLowerCase(Locale.ROOT));
  }

  /**
   * The token without surrounding brackets, trailing punctuation and a sign: {@code (i} → {@code i},
   * {@code j):} → {@code j}, {@code -sum} → {@code sum}.
   */
  static String core(String token) {
    int from = 0;
    int to = token.length();
    while (from < to && OPENERS.indexOf(token.charAt(from)) >= 0) {
      from++;
    }
    if (from + 1 < to && (token.charAt(from) == '-' || token.charAt(from) == '−')
        && Character.isLetter(token.charAt(from + 1))) {
      from++;
    }
    while (to > from && (CLOSERS.indexOf(token.charAt(to - 1)) >= 0 || ",;:.?".indexOf(token.charAt(to - 1)) >= 0)) {
      to--;
    }
    return token.substring(from, to);
  }

  /** Openers minus closers: positive while a bracket the token opened is still open. */
  int bracketBalance() {
    int balance = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (OPENERS.indexOf(c) >= 0) {
        balance++;
      } else if (CLOSERS.indexOf(c) >= 0) {
        balance--;
      }
    }
    return balance;
  }

  static boolean isOpener(char c) {
    return OPENERS.indexOf(c) >= 0;
  }

  static boolean isCloser(char c) {
    return CLOSERS.indexOf(c) >= 0;
  }

  static boolean matches(char opener, char closer) {
    int i = OPENERS.indexOf(opener);
    return i >= 0 && CLOSERS.charAt(i) == closer;
  }

  // Loops rather than chars() streams in these two: they run for every token of every prose line.
  private static boolean isOperator(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (OPERATORS.indexOf(token.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasMathChar(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (isMathChar(c) || ASCII_MATH.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Characters that only mathematics uses: Greek letters, the math-operator and arrow blocks, super- and
   * subscripts (ᵀ ᵢ ² ⁻¹), norms and angle brackets, the pieces of a drawn matrix, and combining accents (x̂).
   */
  static boolean isMathChar(int c) {
    return (c >= 0x0370 && c <= 0x03FF) // Greek
        || (c >= 0x2190 && c <= 0x21FF) // arrows
        || (c >= 0x2200 && c <= 0x22FF) // mathematical operators
        || (c >= 0x2070 && c <= 0x209F) // superscripts and subscripts
        || (c >= 0x1D2C && c <= 0x1D6A) // modifier letters: ᵀ ᵢ ᵏ ᴹ
        || (c >= 0x23A1 && c <= 0x23A6) // ⎡ ⎢ ⎣ ⎤ ⎥ ⎦
        || (c >= 0x0300 && c <= 0x036F) // combining accents
        || "²³¹×·±½‖⟨⟩ⱼ".indexOf(c) >= 0;
  }

  private static boolean isLetters(String core) {
    for (int i = 0; i < core.length(); i++) {
      char c = core.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return true;
  }

  /** {@code f(x)}, {@code d(i,j)}, {@code E[f_hat(x)]}, {@code d/dx(fg)}: a short name applied to an argument. */
  private static boolean isCall(String core) {
    for (int i = 1; i < core.length(); i++) {
      char c = core.charAt(i);
      if (c == '(' || c == '[') {
        int run = 0;
        for (int j = i - 1; j >= 0 && (Character.isLetter(core.charAt(j)) || core.charAt(j) == '\''); j--) {
          run++;
        }
        return run >= 1 && run <= 5;
      }
    }
    return false;
  }

  private static boolean isSymbolLike(String core) {
    String lower = core.toLowerCase(Locale.ROOT);
    if (NUMBER.matcher(core).matches() || core.equals("...")) {
      return true;
    }
    if (GREEK_NAMES.contains(lower) || FUNCTION_WORDS.contains(lower)) {
      return true;
    }
    if (core.length() > 2 && isLetters(core)) {
      return false; // a word: none of the patterns below matches three letters or more (most tokens)
    }
    if (LETTER_AND_DIGITS.matcher(core).matches() || PRIMED.matcher(core).matches()) {
      return true; // x, A, h1, x0, f'g, fg'
    }
    if (TWO_LETTERS.matcher(core).matches()) {
      return !SHORT_WORDS.contains(lower); // Ax, Sb, dz — but not "is", "of"
    }
    return RATIO.matcher(core).matches(); // df/dx, 1/N
  }
}
