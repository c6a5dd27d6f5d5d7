package dev.studyguide.pack;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts every PDF embeds (subsets only): DejaVu Serif, Sans and Sans Mono for the text, which cover the
 * sources' Greek letters, arrows, operators and modifier letters such as ᵀ; and JLaTeXMath's own math fonts,
 * registered under the family names Java gives them, so formulas are drawn as text in those fonts rather than
 * as outlines (smaller, sharper, and the same glyphs).
 *
 * <p>Each font file is parsed once per layout thread and lent to every document that thread lays out (parsing
 * the 32 files again for each of the 26 PDFs was a tenth of the layout time); a parsed font is not shared between
 * threads because PDFBox reads glyphs through the font's one data stream. Glyph substitution (GSUB) is off: PDFBox
 * applied it to every run of text drawn (a fifth of the layout time, compiling a pattern per run), and all it did
 * with these fonts was draw ff, fi, fl as ligatures, which openhtmltopdf had measured as separate letters and which
 * made the PDF's text read "eﬃcient" (U+FB03), so a viewer's search for "efficient" missed it.
 */
final class PdfFonts {
  private static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";
  private static final String JLM = "org/scilab/forge/jlatexmath/fonts/";

  private record Face(String file, String family, int weight, FontStyle style) {}

  private static final List<Face> TEXT = List.of(
      new Face("DejaVuSerif.ttf", "DejaVu Serif", 400, FontStyle.NORMAL),
      new Face("DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, FontStyle.NORMAL),
      new Face("DejaVuSerif-Italic.ttf", "DejaVu Serif", 400, FontStyle.ITALIC),
      new Face("DejaVuSerif-BoldItalic.ttf", "DejaVu Serif", 700, FontStyle.ITALIC),
      new Face("DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
      new Face("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL),
      new Face("DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC),
      new Face("DejaVuSans-BoldOblique.ttf", "DejaVu Sans", 700, FontStyle.ITALIC),
      new Face("DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL),
      new Face("DejaVuSansMono-Bold.ttf", "DejaVu Sans Mono", 700, FontStyle.NORMAL));

  /** JLaTeXMath's fonts by resource path; the file name without ".ttf" is the family Java reports. */
  private static final List<String> MATH = List.of(
      "base/jlm_cmex10.ttf", "base/jlm_cmmi10.ttf", "base/jlm_cmmib10.ttf",
      "latin/jlm_cmr10.ttf", "latin/jlm_jlmbi10.ttf", "latin/jlm_jlmbx10.ttf", "latin/jlm_jlmi10.ttf",
      "latin/jlm_jlmr10.ttf", "latin/jlm_jlmsb10.ttf", "latin/jlm_jlmsbi10.ttf", "latin/jlm_jlmsi10.ttf",
      "latin/jlm_jlmss10.ttf", "latin/jlm_jlmtt10.ttf",
      "maths/jlm_cmbsy10.ttf", "maths/jlm_cmsy10.ttf", "maths/jlm_msam10.ttf", "maths/jlm_msbm10.ttf",
      "maths/jlm_rsfs10.ttf", "maths/jlm_special.ttf", "maths/jlm_stmary10.ttf",
      "euler/jlm_eufb10.ttf", "euler/jlm_eufm10.ttf");

  private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();
  /** The fonts parsed on this thread, by resource path. */
  private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

  private PdfFonts() {}

  /** Offers every font to the layout of {@code document}, which embeds a subset of those it uses. */
  static void register(PdfRendererBuilder builder, PDDocument document) {
    for (Face face : TEXT) {
      builder.useFont(new Lent(document, DEJAVU + face.file()), face.family(), face.weight(), face.style(), true);
    }
    for (String path : MATH) {
      String family = path.substring(path.lastIndexOf('/') + 1, path.length() - ".ttf".length());
      builder.useFont(new Lent(document, JLM + path), family, 400, FontStyle.NORMAL, true);
    }
  }

  /** A font of this thread's parsed ones, loaded into the document the first time the layout asks for it. */
  private static final class Lent extends PDFontSupplier {
    private final PDDocument document;
    private final String path;
    private PDFont font;

    Lent(PDDocument document, String path) {
      super(null);
      this.document = document;
      this.path = path;
    }

    @Override
    public PDFont supply() {
      if (font == null) {
        try {
          font = PDType0Font.load(document, PARSED.get().computeIfAbsent(path, PdfFonts::parse), true);
        } catch (IOException e) {
          throw new UncheckedIOException("loading font " + path, e);
        }
      }
      return font;
    }
  }

  private static TrueTypeFont parse(String path) {
    try {
      byte[] file = BYTES.computeIfAbsent(path, PdfFonts::read);
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
      font.setEnableGsub(false);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("parsing font " + path, e);
    }
  }

  /** The DejaVu face files, for tests that check coverage. */
  static InputStream textFont(String file) {
    return resource(DEJAVU + file);
  }

  /** Font files are read from their jars once, not once per PDF (inflating them was a tenth of the time). */
  private static InputStream resource(String path) {
    return new ByteArrayInputStream(BYTES.computeIfAbsent(path, PdfFonts::read));
  }

  private static byte[] read(String path) {
    try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the classpath: " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("reading font " + path, e);
    }
  }
}
