package dev.studyguide.pack;

import dev.studyguide.model.ItemIds;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finished PDFs keyed by everything that shapes them: the variant's XHTML and the TeX behind each formula box
 * it names. A rebuild whose pack did not change copies the PDF instead of laying it out again (most of a warm
 * build's time otherwise). Entries are written atomically; an unreadable one is a miss. PDFs that came with
 * warnings are not kept, so their warnings show on every build.
 */
final class PdfCache {
  /**
   * Raised whenever the same XHTML would now give another PDF (the key cannot see the layout code), so a local
   * .cache from before gives no stale PDF: 2 since glyph substitution was turned off and the whole guide is bound,
   * 3 since a PDF's identifier is its key's hash.
   */
  private static final int FORMAT = 3;
  private final Path dir;

  private PdfCache(Path dir) {
    this.dir = dir;
  }

  static PdfCache in(Path dir) {
    return new PdfCache(dir);
  }

  static String key(String xhtml, String formulas) {
    return ItemIds.hash("pdf-cache " + FORMAT + "\n" + xhtml + "\n\u0000" + formulas);
  }

  Optional<PdfMaker.Made> get(String key) {
    Path file = dir.resolve(key + ".pdf.bin");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
      int pages = in.readInt();
      int length = in.readInt();
      byte[] bytes = in.readNBytes(length);
      return bytes.length == length ? Optional.of(new PdfMaker.Made(bytes, pages, List.of())) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Keeps the PDF in {@code file} ({@code pages} long), streamed: a large guide's bound PDF is never in memory. */
  void putFile(String key, int pages, Path file) {
    CacheFile.replace(dir.resolve(key + ".pdf.bin"), out -> {
      out.writeInt(pages);
      out.writeInt((int) Files.size(file));
      Files.copy(file, out);
    });
  }

  void put(String key, PdfMaker.Made made) {
    if (!made.warnings().isEmpty()) {
      return;
    }
    CacheFile.replace(dir.resolve(key + ".pdf.bin"), out -> {
      out.writeInt(made.pages());
      out.writeInt(made.bytes().length);
      out.write(made.bytes());
    });
  }
}
