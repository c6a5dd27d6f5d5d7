package dev.studyguide.source.repair;

/**
 * Restores the transpose sign that 004's export turned into a superscript one ({@code A = UΣV¹},
 * {@code J = diag(s) - ss¹}). A power of one is never written, so a {@code ¹} is a transpose when it
 * <ul>
 *   <li>ends a run of at most three letters: matrix and vector symbols ({@code V}, {@code UΣV}, {@code ss}),
 *       not a word carrying a footnote mark ({@code theorem¹});
 *   <li>sits on the right-hand side of an equation in the same clause: after an {@code =} with no comma,
 *       colon, semicolon or full stop between;
 *   <li>is not part of a longer superscript ({@code A⁻¹}, {@code x¹⁰}).
 * </ul>
 */
public final class TransposeRepair {

  private static final char ONE = '¹';
  private static final char TRANSPOSE = 'ᵀ';
  private static final int MAX_SYMBOL_RUN = 3;

  private TransposeRepair() {}

  public static String repair(String line) {
    if (line.indexOf(ONE) < 0) {
      return line;
    }
    StringBuilder out = new StringBuilder(line);
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == ONE && isTranspose(line, i)) {
        out.setCharAt(i, TRANSPOSE);
      }
    }
    return out.toString();
  }

  /** How many {@code ¹} in {@code line} {@link #repair} turns into {@code ᵀ}. */
  public static int count(String line) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == ONE && isTranspose(line, i)) {
        n++;
      }
    }
    return n;
  }

  private static boolean isTranspose(String line, int at) {
    if (at + 1 < line.length() && isSuperscript(line.charAt(at + 1))) {
      return false;
    }
    int runStart = at;
    while (runStart > 0 && Character.isLetter(line.charAt(runStart - 1))) {
      runStart--;
    }
    int run = at - runStart;
    if (run == 0 || run > MAX_SYMBOL_RUN) {
      return false;
    }
    for (int i = runStart - 1; i >= 0; i--) {
      char c = line.charAt(i);
      if (c == '=') {
        return true;
      }
      if (",;:.".indexOf(c) >= 0) {
        return false;
      }
    }
    return false;
  }

  private static boolean isSuperscript(char c) {
    return c == '¹' || c == '²' || c == '³' || (c >= '\u2070' && c <= '\u209F');
  }
}
