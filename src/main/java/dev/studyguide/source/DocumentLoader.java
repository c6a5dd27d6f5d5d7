package dev.studyguide.source;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceFormat;
import dev.studyguide.source.repair.Mojibake;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a source file into a {@link SourceDocument}: strict UTF-8, no binary, line endings unified, mojibake
 * repaired, NFC. Problems become diagnostics naming {@code file:line}; the document is empty when fatal.
 */
public final class DocumentLoader {
  /**
   * The longest line a source may have. The real sources' longest is under 500 characters; a line of this
   * length is a minified or encoded blob or the wrong file, and would cost minutes and thousands of PDF pages.
   */
  static final int MAX_LINE_LENGTH = 100_000;

  /** The document when it could be read, and what was wrong with the file. */
  public record Loaded(Optional<SourceDocument> document, List<Diagnostic> diagnostics) {}

  private DocumentLoader() {}

  public static Loaded load(Path path, String title, SourceFormat format) {
    String name = path.getFileName().toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      return failed(Diagnostic.error(name, 0, "source file is missing",
          "put it in the sources folder or remove it from guide.yaml"));
    } catch (IOException e) {
      return failed(Diagnostic.error(name, 0, "cannot read source file: " + e.getMessage(),
          "check the file's permissions"));
    }
    Optional<String> utf16 = Utf16.decode(bytes);
    if (utf16.isPresent()) {
      bytes = utf16.get().getBytes(StandardCharsets.UTF_8);
    } else if (Utf16.withoutByteOrderMark(bytes)) {
      return failed(Diagnostic.error(name, 1, "UTF-16 text without a byte-order mark",
          "re-save the file as UTF-8 (or as UTF-16 with a byte-order mark, which is read)"));
    }
    int nul = indexOf(bytes, (byte) 0);
    if (nul >= 0) {
      return failed(Diagnostic.error(name, lineOf(bytes, nul), "binary file (contains a NUL byte)",
          "sources must be UTF-8 text; remove it from guide.yaml or convert it"));
    }
    String text;
    try {
      text = decode(bytes);
    } catch (CharacterCodingException e) {
      return failed(Diagnostic.error(name, firstInvalidUtf8Line(bytes), "not valid UTF-8",
          "re-save the file as UTF-8"));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.indexOf('\r') >= 0) {
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    Optional<Diagnostic> overlong = overlongLine(name, text);
    if (overlong.isPresent()) {
      return failed(overlong.get());
    }
    text = Normalizer.normalize(Mojibake.repair(text), Normalizer.Form.NFC);
    List<String> lines = splitLines(text);
    if (lines.stream().allMatch(String::isBlank)) {
      SourceDocument empty = new SourceDocument(name, title, format, List.of());
      return new Loaded(Optional.of(empty), List.of(Diagnostic.warning(name, 0, "source is empty",
          "add content or remove it from guide.yaml")));
    }
    return new Loaded(Optional.of(new SourceDocument(name, title, format, lines)), List.of());
  }

  private static Loaded failed(Diagnostic diagnostic) {
    return new Loaded(Optional.empty(), List.of(diagnostic));
  }

  /** Lines without their terminators; a final newline does not start another line. */
  static List<String> splitLines(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return Arrays.asList(body.split("\n", -1));
  }

  /** The first line longer than {@link #MAX_LINE_LENGTH}, as an error; checked before the repairs read it. */
  private static Optional<Diagnostic> overlongLine(String name, String text) {
    int line = 1;
    int start = 0;
    while (start <= text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      if (end - start > MAX_LINE_LENGTH) {
        return Optional.of(Diagnostic.error(name, line, String.format(Locale.ROOT,
            "line is %,d characters long, over the %,d a source line may have", end - start, MAX_LINE_LENGTH),
            "is this the right file? break the text into lines or paragraphs"));
      }
      line++;
      start = end + 1;
    }
    return Optional.empty();
  }

  /**
   * The bytes as UTF-8, or an exception when they are not. The JDK's lenient decoding is the fast path (the strict
   * decoder took a sixth of loading the sources in a fresh JVM): it marks every malformed sequence with
   * U+FFFD, so a text without one was valid; only a text with one, genuine or not, is decoded again strictly.
   */
  private static String decode(byte[] bytes) throws CharacterCodingException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.indexOf('\uFFFD') < 0 ? text : decodeStrict(bytes);
  }

  private static String decodeStrict(byte[] bytes) throws CharacterCodingException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return decoder.decode(ByteBuffer.wrap(bytes)).toString();
  }

  private static int firstInvalidUtf8Line(byte[] bytes) {
    // Decode line by line; the first line that fails is the one to name.
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          decodeStrict(Arrays.copyOfRange(bytes, start, i));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return 1;
  }

  private static int indexOf(byte[] bytes, byte value) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
