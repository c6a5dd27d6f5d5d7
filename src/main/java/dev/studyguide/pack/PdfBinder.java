package dev.studyguide.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Binds a PDF from PDFs already made: a front (cover and contents), then each part page for page, each part's
 * outline after the front's. The whole guide's packs are bound from the category packs so, instead of being laid
 * out again: laying them out was half of all PDF layout, and a large guide's whole-guide document held more heap
 * in layout than the rest of the build together (a 100x guide ran out of a 2 GB heap there).
 */
final class PdfBinder {
  private PdfBinder() {}

  /** A part to bind: a PDF file already written, or one in memory. */
  interface Source {
    PDDocument open() throws IOException;
  }

  /**
   * Writes the bound PDF to {@code target}, stamped with the build's day and {@code id}, and gives its page count.
   * The pages copied from the parts are kept in a scratch file, not the heap, and the PDF goes straight to its
   * file: bound in memory, a 100x guide's whole-guide PDF ran the build out of a 2 GB heap after all its layout.
   */
  static int bind(PdfMaker.Made front, List<Source> parts, BuildDate date, byte[] id, Path target) {
    List<PDDocument> sources = new ArrayList<>();
    try (PDDocument bound = Loader.loadPDF(front.bytes(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
      PDFMergerUtility merger = new PDFMergerUtility();
      for (Source part : parts) {
        PDDocument source = part.open();
        sources.add(source); // PDFBox reads the appended pages' streams from it until the bound one is saved
        merger.appendDocument(bound, source);
      }
      PdfMaker.stamp(bound, date, id);
      bound.save(target.toFile());
      return bound.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException("binding " + target, e);
    } finally {
      for (PDDocument source : sources) {
        try {
          source.close();
        } catch (IOException e) {
          // read only: nothing was written through it
        }
      }
    }
  }
}
