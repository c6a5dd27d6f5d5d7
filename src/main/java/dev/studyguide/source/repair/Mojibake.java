package dev.studyguide.source.repair;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Undoes UTF-8 text that was once decoded as Mac Roman and saved again ({@code ‚Äô} for ’, {@code Cram√©r} for
 * Cramér, {@code üîπ} for 🔹).
 *
 * <p>Every byte of a UTF-8 multi-byte sequence becomes a non-ASCII Mac Roman character, so mojibake shows as
 * runs of such characters. A run is repaired only when its Mac Roman bytes are valid UTF-8 as a whole and decode
 * to printable characters; everything else (Greek letters, arrows, {@code ·}, {@code ≤}) is left alone, since on
 * its own it re-encodes to stray lead or continuation bytes.
 *
 * <p>Two-character look-alikes occur in genuine math text ({@code √π} would "repair" to ù, {@code –∞} to а), so a
 * text is repaired only when it also shows a run that decodes to a three- or four-byte character ({@code ‚Äô},
 * {@code üîπ}): no genuine text strings three such characters together by chance. Mis-decoding happens to a whole
 * file at once, so one such signature is evidence for the whole text.
 */
public final class Mojibake {
  /**
   * Mac Roman's upper half, bytes 0x80 to 0xFF in order, as the JDK's {@code x-MacRoman} maps them (a test holds
   * the two equal). Spelled out because looking that charset up starts the JDK's extended-charsets provider,
   * which costs some 50 ms in a fresh JVM, on every run, for a table this size.
   */
  static final String MAC_ROMAN_HIGH = "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…"
      + "\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ";
  private static final int FIRST_THREE_BYTE_CODE_POINT = 0x800;

  private Mojibake() {}

  /** The text with every Mac Roman mojibake run decoded; the same text when it shows no sure sign of mojibake. */
  public static String repair(String text) {
    List<Run> runs = runs(text);
    boolean signed = runs.stream()
        .anyMatch(run -> run.repaired().codePoints().anyMatch(c -> c >= FIRST_THREE_BYTE_CODE_POINT));
    if (!signed) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (Run run : runs) {
      out.append(text, at, run.start()).append(run.repaired());
      at = run.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  /** A mojibake stretch of the text ({@code start} inclusive, {@code end} exclusive) and what it originally read. */
  private record Run(int start, int end, String repaired) {}

  private static List<Run> runs(String text) {
    List<Run> runs = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!suspicious(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && suspicious(text.charAt(i))) {
        i++;
      }
      int end = i;
      undo(text.substring(start, end)).ifPresent(repaired -> runs.add(new Run(start, end, repaired)));
    }
    return runs;
  }

  /** Mojibake characters are exactly the non-ASCII characters Mac Roman can encode. */
  private static boolean suspicious(char c) {
    return c >= 0x80 && MAC_ROMAN_HIGH.indexOf(c) >= 0;
  }

  /**
   * The UTF-8 reading of the run's Mac Roman bytes, when that is valid and printable. Most runs are genuine text
   * (Greek, arrows) and not UTF-8, so validity is read from the decoder's result, not from an exception per run.
   */
  private static Optional<String> undo(String run) {
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    byte[] bytes = macRomanBytes(run);
    CharBuffer decoded = CharBuffer.allocate(bytes.length); // UTF-8 never yields more chars than bytes
    if (strict.decode(ByteBuffer.wrap(bytes), decoded, true).isError() || strict.flush(decoded).isError()) {
      return Optional.empty();
    }
    String text = decoded.flip().toString();
    return text.codePoints().allMatch(Mojibake::printable) ? Optional.of(text) : Optional.empty();
  }

  /** The Mac Roman bytes of a run of suspicious characters, each of which Mac Roman encodes in one byte. */
  private static byte[] macRomanBytes(String run) {
    byte[] bytes = new byte[run.length()];
    for (int i = 0; i < run.length(); i++) {
      bytes[i] = (byte) (0x80 + MAC_ROMAN_HIGH.indexOf(run.charAt(i)));
    }
    return bytes;
  }

  private static boolean printable(int codePoint) {
    int type = Character.getType(codePoint);
    return type != Character.CONTROL && type != Character.UNASSIGNED && type != Character.PRIVATE_USE
        && type != Character.SURROGATE;
  }
}
