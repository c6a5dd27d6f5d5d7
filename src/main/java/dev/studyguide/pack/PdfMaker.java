package dev.studyguide.pack;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Lays out one pack document's XHTML with openhtmltopdf and returns the PDF. The same XHTML and date always
 * give the same bytes: the creation and modification dates are the build's day and the file identifier is a
 * hash of the XHTML, where PDFBox would use the clock. openhtmltopdf's messages are kept, not logged.
 */
final class PdfMaker {
  static final String PRODUCER = "studyguide (openhtmltopdf, PDFBox, JLaTeXMath)";

  /** Held here: JUL keeps loggers weakly, and a collected one forgets its level (then its font warnings show). */
  private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

  static {
    XRLog.setLoggerImpl(new Quiet()); // messages still reach each run's diagnostic consumer
    // PDFBox warns through java.util.logging that the standard Symbol font is substituted; no pack uses it.
    PDFBOX_LOG.setLevel(Level.SEVERE);
  }

  /** A finished PDF, its page count, and openhtmltopdf's warnings about the document. */
  record Made(byte[] bytes, int pages, List<String> warnings) {}

  private final PdfMath math;
  private final BuildDate date;
  /** Font metrics shared by every PDF of the build (the store is thread-safe). */
  private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

  PdfMaker(PdfMath math, BuildDate date) {
    this.math = math;
    this.date = date;
  }

  /** {@code xhtml} laid out, with {@code id} as the PDF's file identifier ({@link #identifier}). */
  Made make(String xhtml, byte[] id) {
    List<String> warnings = new ArrayList<>();
    int[] pages = {0};
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
    drawers.registerDrawer(PdfMath.OBJECT_TYPE, new MathDrawer(math));
    PDDocument document = new PageListDocument();
    PdfRendererBuilder builder = new PdfRendererBuilder()
        .usePDDocument(document)
        .withHtmlContent(xhtml, null)
        .useObjectDrawerFactory(drawers)
        .withProducer(PRODUCER)
        .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics)
        .withDiagnosticConsumer(d -> {
          if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(d.getFormattedMessage());
          }
        })
        .toStream(out);
    PdfFonts.register(builder, document);
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.setListener(new Stamp(date, id, pages));
      renderer.createPDF();
    } catch (IOException e) {
      throw new UncheckedIOException("making a PDF in memory", e);
    }
    return new Made(out.toByteArray(), pages[0], warnings);
  }

  /**
   * A file identifier made from {@code text}, a document's cache key: the same document always has the same one,
   * and its XHTML, megabytes in a large guide, is hashed once, for the key.
   */
  static byte[] identifier(String text) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(sha, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Fixes what PDFBox would take from the clock, once the document is complete. */
  private record Stamp(BuildDate date, byte[] id, int[] pages) implements PDFCreationListener {
    @Override
    public void preOpen(PdfBoxRenderer renderer) {}

    @Override
    public void preWrite(PdfBoxRenderer renderer, int pageCount) {
      pages[0] = pageCount;
    }

    @Override
    public void onClose(PdfBoxRenderer renderer) {
      stamp(renderer.getPdfDocument(), date, id);
    }
  }

  /** The build's day as the document's dates and {@code id} as its file identifier. */
  static void stamp(PDDocument document, BuildDate date, byte[] id) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setCreationDate(date.calendar());
    info.setModificationDate(date.calendar());
    info.setCreator("studyguide");
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  /** Drops openhtmltopdf's log lines: the build reports what matters itself. */
  private static final class Quiet implements XRLogger {
    @Override
    public void log(String where, Level level, String msg) {}

    @Override
    public void log(String where, Level level, String msg, Throwable th) {}

    @Override
    public void setLevel(String logger, Level level) {}

    @Override
    public boolean isLogLevelEnabled(com.openhtmltopdf.util.Diagnostic diagnostic) {
      return false;
    }
  }
}
