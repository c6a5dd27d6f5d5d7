package dev.studyguide.render.math;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Typeset formulas on disk, one file per formula named by a hash of (KaTeX version, KaTeX options, display
 * mode, TeX), so a rebuild renders only formulas it has not seen. One file per entry rather than one file
 * for all: for the ~500 formulas of the real sources a warm load reads in ~45 ms against ~30 ms for a single
 * file, but an edit that adds one formula writes one small file instead of rewriting ~1.7 MB (~80 ms), and
 * a damaged entry costs one re-render, not the whole cache.
 *
 * <p>Every write goes to a temporary file that is then renamed over the entry, so a killed build leaves
 * either the old entry or the new one. An entry that cannot be read or does not parse is a miss; a write
 * that fails is remembered ({@link #writeProblem()}) but never fatal: the cache only saves time.
 */
public final class MathCache {

  private static final String MAGIC = "studyguide-katex-cache 1";
  private static final String RENDERED = "rendered";
  private static final String FAILED = "failed";

  private final Path dir;
  private volatile String writeProblem;

  private MathCache(Path dir) {
    this.dir = dir;
  }

  /** A cache kept in {@code dir} (created on first write), e.g. {@code .cache/katex} under the project. */
  public static MathCache in(Path dir) {
    return new MathCache(dir);
  }

  /** A cache that remembers nothing. */
  public static MathCache none() {
    return new MathCache(null);
  }

  public Optional<MathResult> get(MathRequest request) {
    if (dir == null) {
      return Optional.empty();
    }
    try {
      return parse(Files.readAllBytes(dir.resolve(key(request))));
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  public void put(MathRequest request, MathResult result) {
    if (dir == null) {
      return;
    }
    Path entry = dir.resolve(key(request));
    Path temp = dir.resolve(entry.getFileName() + "." + ProcessHandle.current().pid() + "-"
        + Thread.currentThread().getId() + ".tmp");
    try {
      Files.createDirectories(dir);
      Files.write(temp, format(result));
      moveAtomically(temp, entry);
    } catch (IOException | RuntimeException e) {
      writeProblem = "cannot write to the math cache " + dir + ": " + e;
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // The leftover temporary file is never read as an entry; nothing more to do.
      }
    }
  }

  /** Why the last failed write failed, if one did: worth a warning, since rebuilds will render again. */
  public Optional<String> writeProblem() {
    return Optional.ofNullable(writeProblem);
  }

  /** The entry's file name: hex SHA-256 of everything that decides KaTeX's output. */
  static String key(MathRequest request) {
    String identity = "katex " + KatexAssets.VERSION + "\n" + KatexRenderer.OPTIONS + "\n"
        + (request.display() ? "display" : "inline") + "\n" + request.tex();
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(identity.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  // An entry is a header line "<magic> <kind> <payload bytes>" and the UTF-8 payload; the length makes a
  // damaged entry detectable.
  private static byte[] format(MathResult result) {
    String kind = result instanceof MathResult.Rendered ? RENDERED : FAILED;
    String text = result instanceof MathResult.Rendered r ? r.html() : ((MathResult.Failed) result).message();
    byte[] payload = text.getBytes(StandardCharsets.UTF_8);
    byte[] header = (MAGIC + " " + kind + " " + payload.length + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] entry = Arrays.copyOf(header, header.length + payload.length);
    System.arraycopy(payload, 0, entry, header.length, payload.length);
    return entry;
  }

  private static Optional<MathResult> parse(byte[] entry) {
    int newline = indexOf(entry, (byte) '\n');
    if (newline < 0) {
      return Optional.empty();
    }
    String[] header = new String(entry, 0, newline, StandardCharsets.UTF_8).split(" ");
    if (header.length != 4 || !MAGIC.equals(header[0] + " " + header[1])) {
      return Optional.empty();
    }
    int length = entry.length - newline - 1;
    if (!header[3].equals(Integer.toString(length))) {
      return Optional.empty();
    }
    String text = new String(entry, newline + 1, length, StandardCharsets.UTF_8);
    if (header[2].equals(RENDERED)) {
      return Optional.of(new MathResult.Rendered(text));
    }
    return header[2].equals(FAILED) ? Optional.of(new MathResult.Failed(text)) : Optional.empty();
  }

  private static void moveAtomically(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
