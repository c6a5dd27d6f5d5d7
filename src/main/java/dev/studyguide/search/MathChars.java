package dev.studyguide.search;

import java.io.Reader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Math characters as words, before tokenizing: "σ" is indexed as "sigma", "∑" as "sum", "√" as "sqrt", "ℓ₁" as
 * "l1", while
 * sub- and superscript letters and TeX's "_" and "^" separate words ("xᵢ" is "x i", never "xi"). Readable math
 * ({@link MathText}) and Unicode formulas in the sources both pass through here, so a query for "sigma" finds
 * {@code \sigma}; the browser maps queries (and snippets, to mark the "σ" a "sigma" came from) the same way.
 */
final class MathChars {
  private static final Map<String, String> MAP = new LinkedHashMap<>();

  static {
    String[] words = ("α alpha β beta γ gamma δ delta ε epsilon ϵ epsilon ζ zeta η eta θ theta ϑ theta ι iota "
        + "κ kappa λ lambda μ mu ν nu ξ xi π pi ρ rho σ sigma ς sigma τ tau υ upsilon φ phi ϕ phi χ chi ψ psi "
        + "ω omega Γ gamma Δ delta Θ theta Λ lambda Ξ xi Π pi Σ sigma Υ upsilon Φ phi Ψ psi Ω omega "
        + "∑ sum ∏ product ∫ integral ∇ nabla ∂ partial ∞ infinity √ sqrt").split(" ");
    for (int i = 0; i < words.length; i += 2) {
      MAP.put(words[i], " " + words[i + 1] + " ");
    }
    MAP.put("ℓ", "l");
    String digitsFrom = "⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉";
    for (int i = 0; i < digitsFrom.length(); i++) {
      MAP.put(String.valueOf(digitsFrom.charAt(i)), String.valueOf((char) ('0' + i % 10)));
    }
    String lettersFrom = "ⁿⁱᵀᵃᵇᶜᵈᵉᶠᵍʰʲᵏˡᵐᵒᵖʳˢᵗᵘᵛʷˣʸᶻₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ";
    String lettersTo = "niTabcdefghjklmoprstuvwxyzaehijklmnoprstuvx";
    for (int i = 0; i < lettersFrom.length(); i++) {
      MAP.put(String.valueOf(lettersFrom.charAt(i)), " " + lettersTo.charAt(i));
    }
    for (String separator : new String[] {"_", "^", "⁺", "⁻", "⁼", "⁽", "⁾", "₊", "₋", "₌", "₍", "₎"}) {
      MAP.put(separator, " ");
    }
    for (String mark : new String[] {"\u0302", "\u0303", "\u0304", "\u0307", "\u0308", "\u20d7"}) {
      MAP.put(mark, "");
    }
    String[] blackboard = {"ℝ", "R", "ℕ", "N", "ℤ", "Z", "ℚ", "Q", "ℂ", "C", "𝔼", "E", "ℙ", "P", "𝕀", "I"};
    for (int i = 0; i < blackboard.length; i += 2) {
      MAP.put(blackboard[i], " " + blackboard[i + 1] + " ");
    }
  }

  private static final NormalizeCharMap CHAR_MAP = build();

  private MathChars() {}

  static Reader filter(Reader reader) {
    return new MappingCharFilter(CHAR_MAP, reader);
  }

  /** The mapping itself, for the browser, which applies it to queries before cutting them into words. */
  static Map<String, String> map() {
    return Collections.unmodifiableMap(MAP);
  }

  private static NormalizeCharMap build() {
    NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
    MAP.forEach(builder::add);
    return builder.build();
  }
}
