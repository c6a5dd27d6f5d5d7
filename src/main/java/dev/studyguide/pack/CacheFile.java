package dev.studyguide.pack;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file of the build's cache (finished PDFs, formula sizes, the guide as read), written whole or not at all:
 * under another name in its folder, then renamed over the old one, so a killed build never leaves half a file for
 * the next to read. A cache that cannot be written only costs time on the next build, so a failure is dropped.
 */
public final class CacheFile {
  private CacheFile() {}

  /** What goes into the file. */
  public interface Content {
    void writeTo(DataOutputStream out) throws IOException;
  }

  public static void replace(Path target, Content content) {
    try {
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
      try {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
          content.writeTo(out);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      // Only time is lost: the next build makes it again.
    }
  }
}
