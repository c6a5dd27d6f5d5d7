package dev.studyguide.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * UTF-16 sources, as Windows editors save "Unicode" text. With a byte-order mark the text says what it is and is
 * decoded; without one it is only a guess (every other byte zero, as ASCII text in UTF-16 has), so it is reported
 * rather than read with a guessed byte order.
 */
final class Utf16 {
  /** How much of the file the guess looks at, and the share of zero bytes on one side that makes it UTF-16. */
  private static final int SAMPLE = 4096;
  private static final double ZERO_SHARE = 0.6;
  /** Fewer bytes than this say nothing either way (a short binary file is reported as binary). */
  private static final int MIN_SAMPLE = 32;

  private Utf16() {}

  /** The text of a file that starts with a UTF-16 byte-order mark (the mark kept, as for UTF-8), else empty. */
  static Optional<String> decode(byte[] bytes) {
    boolean big = bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF;
    boolean little = bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE;
    if (!big && !little) {
      return Optional.empty();
    }
    try {
      return Optional.of((big ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE).newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty(); // not with REPLACE
    }
  }

  /** Whether the bytes look like UTF-16 text without a mark: zero bytes at most even or most odd offsets. */
  static boolean withoutByteOrderMark(byte[] bytes) {
    int length = Math.min(bytes.length, SAMPLE) & ~1;
    if (length < MIN_SAMPLE) {
      return false;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < length; i += 2) {
      evenZeros += bytes[i] == 0 ? 1 : 0;
      oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = length / 2;
    return Math.max(evenZeros, oddZeros) >= ZERO_SHARE * pairs && Math.min(evenZeros, oddZeros) < 0.05 * pairs;
  }
}
