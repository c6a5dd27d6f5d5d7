package dev.studyguide.search;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * TeX as a reader would say it in plain Unicode: {@code \sigma(w^T x)} reads "σ(wᵀ x)",
 * {@code \frac{1}{1+e^{-x}}} reads "1/(1+e⁻ˣ)", {@code \text{softmax}} reads "softmax" and {@code \arg\max} reads
 * "argmax". Snippets show this text, and the index reads its words, so the words inside formulas are searchable
 * while TeX's own syntax ({@code frac}, {@code mathbb}, {@code left}) never becomes a word.
 *
 * <p>Not a TeX engine: unknown commands are dropped, which is what keeps syntax out of the index; a formula KaTeX
 * could not typeset still reads as well as its pieces allow.
 */
public final class MathText {
  private static final Map<String, String> SYMBOLS = new HashMap<>();
  private static final Map<String, String> ACCENTS = Map.of("hat", "\u0302", "widehat", "\u0302", "bar", "\u0304",
      "overline", "\u0304", "tilde", "\u0303", "widetilde", "\u0303", "vec", "\u20d7", "dot", "\u0307",
      "ddot", "\u0308");
  private static final Set<String> OPERATORS = Set.of("log", "ln", "exp", "max", "min", "arg",
      "sin", "cos", "tan", "tanh", "sinh", "cosh", "det", "lim", "sup", "inf", "Pr", "dim", "ker", "deg", "gcd", "sec",
      "csc", "cot", "arcsin", "arccos", "arctan", "limsup", "liminf", "argmax", "argmin", "sgn", "diag", "tr", "rank",
      "softmax", "mod", "bmod", "pmod");
  /** Commands that only style their argument: the argument is the text. */
  private static final Set<String> STYLES = Set.of("text", "textbf", "textit", "textrm", "textsf",
      "texttt", "mathrm", "mathbf", "mathit", "mathsf", "mathtt", "mathcal", "mathscr", "mathfrak", "boldsymbol", "bm",
      "operatorname", "emph", "mbox", "hbox", "pmb", "mathnormal", "displaystyle");
  private static final Map<Character, String> BLACKBOARD = Map.of('R', "ℝ", 'N', "ℕ", 'Z', "ℤ", 'Q', "ℚ", 'C', "ℂ",
      'E', "𝔼", 'P', "ℙ", 'I', "𝕀");
  private static final String SUPER_FROM = "0123456789+-=()niTabcdefghjklmoprstuvwxyz";
  private static final String SUPER_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵀᵃᵇᶜᵈᵉᶠᵍʰʲᵏˡᵐᵒᵖʳˢᵗᵘᵛʷˣʸᶻ";
  private static final String SUB_FROM = "0123456789+-=()aehijklmnoprstuvx";
  private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ";

  static {
    String[] greek = {"alpha", "α", "beta", "β", "gamma", "γ", "delta", "δ", "epsilon", "ε", "varepsilon", "ε", "zeta",
        "ζ", "eta", "η", "theta", "θ", "vartheta", "θ", "iota", "ι", "kappa", "κ", "lambda", "λ", "mu", "μ", "nu", "ν",
        "xi", "ξ", "pi", "π", "varpi", "π", "rho", "ρ", "varrho", "ρ", "sigma", "σ", "varsigma", "σ", "tau", "τ",
        "upsilon", "υ", "phi", "φ", "varphi", "φ", "chi", "χ", "psi", "ψ", "omega", "ω", "Gamma", "Γ", "Delta", "Δ",
        "Theta", "Θ", "Lambda", "Λ", "Xi", "Ξ", "Pi", "Π", "Sigma", "Σ", "Upsilon", "Υ", "Phi", "Φ", "Psi", "Ψ",
        "Omega", "Ω"};
    String[] symbols = {"cdot", "·", "times", "×", "div", "÷", "pm", "±", "mp", "∓", "leq", "≤", "le", "≤", "geq", "≥",
        "ge", "≥", "neq", "≠", "ne", "≠", "approx", "≈", "sim", "~", "simeq", "≃", "cong", "≅", "equiv", "≡", "propto",
        "∝", "in", "∈", "notin", "∉", "subset", "⊂", "subseteq", "⊆", "supset", "⊃", "supseteq", "⊇", "cap", "∩", "cup",
        "∪", "setminus", "∖", "emptyset", "∅", "varnothing", "∅", "infty", "∞", "partial", "∂", "nabla", "∇",
        "sum", "∑",
        "prod", "∏", "int", "∫", "oint", "∮", "to", "→", "rightarrow", "→", "leftarrow", "←", "gets", "←",
        "Rightarrow", "⇒", "implies", "⇒", "Leftarrow", "⇐", "iff", "⇔", "Leftrightarrow", "⇔", "leftrightarrow", "↔",
        "mapsto", "↦", "forall", "∀", "exists", "∃", "neg", "¬", "lnot", "¬", "land", "∧", "wedge", "∧", "lor", "∨",
        "vee", "∨", "mid", "|", "parallel", "‖", "|", "‖", "Vert", "‖", "vert", "|", "odot", "⊙", "otimes", "⊗", "oplus",
        "⊕", "circ", "∘", "star", "⋆", "ast", "*", "dots", "…", "ldots", "…", "cdots", "⋯", "vdots", "⋮", "ddots", "⋱",
        "lfloor", "⌊", "rfloor", "⌋", "lceil", "⌈", "rceil", "⌉", "langle", "⟨", "rangle", "⟩", "top", "⊤", "perp", "⊥",
        "ell", "ℓ", "hbar", "ℏ", "prime", "′", "degree", "°", "ll", "≪", "gg", "≫", "triangleq", "≜", "coloneqq", "≔",
        "{", "{", "}", "}", "_", "_", "%", "%", "$", "$", "&", "&", "#", "#", "lbrace", "{", "rbrace", "}", "lvert", "|",
        "rvert", "|", "lVert", "‖", "rVert", "‖", "checkmark", "✓", "dagger", "†", "square", "□", "Box", "□"};
    for (int i = 0; i < greek.length; i += 2) {
      SYMBOLS.put(greek[i], greek[i + 1]);
    }
    for (int i = 0; i < symbols.length; i += 2) {
      SYMBOLS.put(symbols[i], symbols[i + 1]);
    }
    for (String space : new String[] {",", ";", ":", " ", "quad", "qquad", "enspace", "thinspace", "medspace",
        "thickspace"}) {
      SYMBOLS.put(space, " ");
    }
    SYMBOLS.put("!", "");
    SYMBOLS.put("\\", "; ");
    SYMBOLS.put("newline", "; ");
  }

  private final String tex;
  private int at;

  private MathText(String tex) {
    this.tex = tex;
  }

  /** The readable form of a TeX formula, on one line with single spaces. */
  public static String of(String tex) {
    MathText reader = new MathText(tex);
    return tidy(reader.sequence(false));
  }

  /** NFC, one space at most, none inside parentheses, before scripts or between a name and its "(". */
  private static String tidy(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ")
        .replaceAll(" (?=[_^)\\]⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵀᵃᵇᶜᵈᵉᶠᵍʰʲᵏˡᵐᵒᵖʳˢᵗᵘᵛʷˣʸᶻ₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ,;.])", "")
        .replaceAll("(?<=[(\\[]) ", "")
        .replaceAll("(?<=\\p{L}) (?=\\()", "")
        .strip();
  }

  /** Reads until the end, or until the closing brace of the group being read. */
  private String sequence(boolean inGroup) {
    StringBuilder out = new StringBuilder();
    while (at < tex.length()) {
      char c = tex.charAt(at);
      if (c == '}') {
        at++;
        if (inGroup) {
          return out.toString();
        }
      } else if (c == '^' || c == '_') {
        at++;
        out.append(script(argument(), c == '^'));
      } else {
        out.append(atom());
      }
    }
    return out.toString();
  }

  /** One unit: a group, a command with its arguments, or a character. */
  private String atom() {
    char c = tex.charAt(at);
    if (c == '{') {
      at++;
      return sequence(true);
    }
    if (c == '\\') {
      return command();
    }
    at++;
    if (c == '~' || c == '&' || Character.isWhitespace(c)) {
      return " ";
    }
    return String.valueOf(c);
  }

  /** The argument of a command or script: a group, a command, or one character. */
  private String argument() {
    skipSpaces();
    if (at >= tex.length()) {
      return "";
    }
    char c = tex.charAt(at);
    if (c == '{') {
      at++;
      return sequence(true);
    }
    if (c == '\\') {
      return command();
    }
    if (c == '}') {
      return "";
    }
    at++;
    return String.valueOf(c);
  }

  private String command() {
    at++; // the backslash
    if (at >= tex.length()) {
      return "";
    }
    int start = at;
    if (Character.isLetter(tex.charAt(at))) {
      while (at < tex.length() && Character.isLetter(tex.charAt(at))) {
        at++;
      }
    } else {
      at++;
    }
    String name = tex.substring(start, at);
    if (at < tex.length() && tex.charAt(at) == '*' && name.equals("operatorname")) {
      at++;
    }
    return expand(name);
  }

  private String expand(String name) {
    switch (name) {
      case "frac", "dfrac", "tfrac", "cfrac" -> {
        String numerator = argument();
        String denominator = argument();
        return wrap(numerator) + "/" + wrap(denominator);
      }
      case "binom", "dbinom", "tbinom" -> {
        String n = argument();
        String k = argument();
        return "C(" + n.strip() + ", " + k.strip() + ")";
      }
      case "sqrt" -> {
        String index = optional();
        String radicand = argument();
        return (index.isEmpty() ? "" : script(index, true)) + "√" + wrap(radicand);
      }
      case "left", "right", "middle", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl",
          "biggr" -> {
        String delimiter = argument();
        return delimiter.equals(".") ? "" : delimiter;
      }
      case "begin", "end" -> {
        argument(); // the environment's name is syntax
        if (name.equals("begin") && at < tex.length() && tex.charAt(at) == '{') {
          argument(); // array column spec
        }
        return " ";
      }
      case "mathbb" -> {
        String letter = argument().strip();
        return letter.length() == 1 ? BLACKBOARD.getOrDefault(letter.charAt(0), letter) : letter;
      }
      case "underbrace", "overbrace", "underset", "overset", "stackrel" -> {
        String first = argument();
        if (name.startsWith("under") && name.endsWith("brace") || name.startsWith("over") && name.endsWith("brace")) {
          return first;
        }
        return argument() + " " + first; // underset{below}{base}: the base first
      }
      case "arg" -> {
        int save = at;
        skipSpacing();
        if (tex.startsWith("\\max", at) || tex.startsWith("\\min", at)) {
          at += 4;
          return " arg" + tex.substring(at - 3, at) + " ";
        }
        at = save;
        return " arg ";
      }
      case "not" -> {
        String negated = argument();
        return negated.equals("=") ? "≠" : negated.equals("∈") ? "∉" : "¬" + negated;
      }
      default -> {
        if (STYLES.contains(name)) {
          return name.equals("displaystyle") ? "" : argument();
        }
        if (ACCENTS.containsKey(name)) {
          String base = argument().strip();
          return base.isEmpty() ? "" : base + ACCENTS.get(name);
        }
        if (OPERATORS.contains(name)) {
          return " " + name + " ";
        }
        return SYMBOLS.getOrDefault(name, ""); // unknown commands are syntax: dropped
      }
    }
  }

  /** {@code [n]} after \sqrt, or empty. */
  private String optional() {
    skipSpaces();
    if (at < tex.length() && tex.charAt(at) == '[') {
      int close = tex.indexOf(']', at);
      if (close > 0) {
        String inside = of(tex.substring(at + 1, close));
        at = close + 1;
        return inside;
      }
    }
    return "";
  }

  private void skipSpaces() {
    while (at < tex.length() && Character.isWhitespace(tex.charAt(at))) {
      at++;
    }
  }

  /** Spaces and TeX's thin spaces between \arg and \max. */
  private void skipSpacing() {
    while (at < tex.length()) {
      if (Character.isWhitespace(tex.charAt(at))) {
        at++;
      } else if (tex.startsWith("\\,", at) || tex.startsWith("\\;", at) || tex.startsWith("\\!", at)) {
        at += 2;
      } else {
        return;
      }
    }
  }

  /** A superscript or subscript: in Unicode when every character has a form, else {@code ^(…)} or {@code _…}. */
  static String script(String content, boolean up) {
    String text = content.strip();
    if (text.isEmpty()) {
      return "";
    }
    if (up && (text.equals("⊤") || text.equals("T"))) {
      return "ᵀ";
    }
    if (up && (text.equals("*") || text.equals("′"))) {
      return text.equals("*") ? "*" : "′";
    }
    String from = up ? SUPER_FROM : SUB_FROM;
    String to = up ? SUPER_TO : SUB_TO;
    StringBuilder unicode = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i) == '−' ? '-' : text.charAt(i);
      int index = from.indexOf(c);
      if (index < 0) {
        unicode = null;
        break;
      }
      unicode.append(to.charAt(index));
    }
    if (unicode != null) {
      return unicode.toString();
    }
    String mark = up ? "^" : "_";
    return text.codePointCount(0, text.length()) == 1 || text.matches("[\\p{L}\\p{N}]+") ? mark + text
        : mark + "(" + text + ")";
  }

  /** Parentheses around a fraction part unless it is one symbol, a word, a root of one, or f(x). */
  private static String wrap(String part) {
    String text = part.strip();
    boolean atomic = text.codePointCount(0, text.length()) <= 1 || text.matches("√?[\\p{L}\\p{N}\\p{M}.]+")
        || text.matches("[\\p{L}\\p{N}\\p{M}]+\\([^()]*\\)") || text.matches("\\(.*\\)") && balancedInside(text);
    return atomic ? text : "(" + text + ")";
  }

  private static boolean balancedInside(String text) {
    int depth = 0;
    for (int i = 1; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }
}
