package dev.studyguide.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
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

  /** The bound PDF, stamped with the build's day and {@code id}; it carries the front's warnings. */
  static PdfMaker.Made bind(PdfMaker.Made front, List<Source> parts, BuildDate date, byte[] id) {
    List<PDDocument> sources = new ArrayList<>();
    try (PDDocument bound = Loader.loadPDF(front.bytes())) {
      PDFMergerUtility merger = new PDFMergerUtility();
      for (Source part : parts) {
        PDDocument source = part.open();
        sources.add(source); // PDFBox reads the appended pages' streams from it until the bound one is saved
        merger.appendDocument(bound, source);
      }
      PdfMaker.stamp(bound, date, id);
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
      bound.save(out);
      return new PdfMaker.Made(out.toByteArray(), bound.getNumberOfPages(), front.warnings());
    } catch (IOException e) {
      throw new UncheckedIOException("binding a PDF in memory", e);
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
