package dev.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A staging file is a link to the published file when it says the same, and otherwise a file of its own with
 * exactly what was written, however the two differ; the published file is never changed.
 */
class LinkIfUnchangedTest {
  @TempDir Path tmp;

  @Test
  void theSameBytesMakeALinkToThePublishedFile() throws IOException {
    Path published = file("published", bytes(20_000, 1));

    Path staged = write(published, bytes(20_000, 1), 3000);

    assertThat(Files.isSameFile(staged, published)).isTrue();
  }

  @Test
  void anyDifferenceMakesAFileOfItsOwnWithExactlyWhatWasWritten() throws IOException {
    byte[] old = bytes(20_000, 1);
    byte[] changedLate = old.clone();
    changedLate[19_000]++;
    byte[] changedEarly = old.clone();
    changedEarly[5]++;
    byte[] longer = bytes(25_000, 1);
    byte[] shorter = java.util.Arrays.copyOf(old, 12_345);
    for (byte[] now : new byte[][] {changedLate, changedEarly, longer, shorter, new byte[0], bytes(100, 2)}) {
      Path published = file("published", old);

      Path staged = write(published, now, 1000);

      assertThat(Files.isSameFile(staged, published)).isFalse();
      assertThat(Files.readAllBytes(staged)).isEqualTo(now);
      assertThat(Files.readAllBytes(published)).isEqualTo(old);
    }
  }

  @Test
  void withoutAPublishedFileTheFileIsWritten() throws IOException {
    Path staged = write(tmp.resolve("nothing-here"), bytes(10_000, 3), 777);

    assertThat(Files.readAllBytes(staged)).isEqualTo(bytes(10_000, 3));
  }

  @Test
  void aStagingLinkToThePublishedFileIsReplacedNeverWrittenThrough() throws IOException {
    Path published = file("published", "old text".getBytes(StandardCharsets.UTF_8));
    Path staged = tmp.resolve("staged");
    Files.createLink(staged, published);

    try (OutputStream out = new LinkIfUnchanged(staged, published)) {
      out.write("old news".getBytes(StandardCharsets.UTF_8));
    }

    assertThat(Files.readString(staged)).isEqualTo("old news");
    assertThat(Files.readString(published)).isEqualTo("old text");
  }

  /** {@code bytes} written through a {@link LinkIfUnchanged} in pieces of {@code piece}, into a fresh staging file. */
  private Path write(Path published, byte[] bytes, int piece) throws IOException {
    Path staged = tmp.resolve("staged");
    Files.deleteIfExists(staged);
    try (OutputStream out = new LinkIfUnchanged(staged, published)) {
      for (int at = 0; at < bytes.length; at += piece) {
        out.write(bytes, at, Math.min(piece, bytes.length - at));
      }
    }
    return staged;
  }

  private Path file(String name, byte[] bytes) throws IOException {
    Path file = tmp.resolve(name);
    Files.deleteIfExists(file);
    return Files.write(file, bytes);
  }

  private static byte[] bytes(int length, long seed) {
    byte[] bytes = new byte[length];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }
}
