package dev.studyguide.source.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Block;
import dev.studyguide.model.Inline;
import dev.studyguide.model.Item;
import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceFormat;
import dev.studyguide.model.SourceReading;
import dev.studyguide.source.RealSources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The TeX of the PDF study sheet (002): every dollar span survives byte-exact, and lost dollars are restored. */
class PdfStudySheetMathTest {
  /** The TeX the export left without dollar signs, as a reader of the sheet finds it (grep outside $…$). */
  private static final List<MathCollector.Tex> BARE_TEX = List.of(
      new MathCollector.Tex(531, "\\bar{X}"),
      new MathCollector.Tex(561, "X_1, X_2, \\dots, X_n"),
      new MathCollector.Tex(777, "\\mathbf{x}_i"),
      new MathCollector.Tex(884, "\\hat{g}"),
      new MathCollector.Tex(884, "\\hat{h}"),
      new MathCollector.Tex(1054, "\\mathbf{x}"),
      new MathCollector.Tex(1144, "\\mathbf{x}"),
      new MathCollector.Tex(1205, "(\\mathbf{x}_i, y_i)"),
      new MathCollector.Tex(1210, "\\mathcal{B}"),
      new MathCollector.Tex(1296, "\\mathcal{P}"),
      new MathCollector.Tex(1463, "\\tilde{h}_t"),
      new MathCollector.Tex(1581, "\\mathbf{z}_i"),
      new MathCollector.Tex(1581, "\\mathbf{z}_j"),
      new MathCollector.Tex(1581, "\\mathbf{z}_k"),
      new MathCollector.Tex(1604, "\\mathcal{M}"),
      new MathCollector.Tex(1632, "\\mathcal{K}"),
      new MathCollector.Tex(1693, "\\hat{x}"),
      new MathCollector.Tex(1740, "\\hat{C}_i"));

  private static String raw;
  private static SourceReading reading;

  @BeforeAll
  static void read() throws IOException {
    raw = Files.readString(RealSources.path("002"), StandardCharsets.UTF_8);
    SourceDocument document = RealSources.load("002", SourceFormat.PDF_STUDY_SHEET);
    reading = new PdfStudySheetReader().read(document);
  }

  /** An independent scanner: regular expressions over the raw file, display spans first. */
  private static List<MathCollector.Tex> dollarSpans() {
    Matcher m = Pattern.compile("\\$\\$(.+?)\\$\\$|\\$([^$\\n]+)\\$", Pattern.DOTALL).matcher(raw);
    List<MathCollector.Tex> spans = new ArrayList<>();
    while (m.find()) {
      int line = 1 + (int) raw.substring(0, m.start()).chars().filter(c -> c == '\n').count();
      spans.add(new MathCollector.Tex(line, m.group(1) != null ? m.group(1) : m.group(2)));
    }
    return spans;
  }

  private static List<MathCollector.Tex> modelTex() {
    List<MathCollector.Tex> tex = new ArrayList<>();
    reading.items().forEach(i -> i.body().forEach(b -> MathCollector.tex(b, tex)));
    return tex;
  }

  @Test
  void theSheetHas355DollarSpans() {
    List<MathCollector.Tex> spans = dollarSpans();
    assertThat(spans).hasSize(355);
    assertThat(raw.chars().filter(c -> c == '$').count()).isEqualTo(2 * 223 * 2 + 2 * 132);
  }

  @Test
  void everyDollarSpanSurvivesByteExactInDocumentOrder() {
    List<MathCollector.Tex> model = new ArrayList<>(modelTex());
    BARE_TEX.forEach(model::remove);
    model.sort(Comparator.comparingInt(MathCollector.Tex::line)); // stable: keeps the order within a line
    assertThat(model).containsExactlyElementsOf(dollarSpans());
  }

  @Test
  void displaySpansBecomeMathBlocksAndInlineSpansInlineMath() {
    List<Block.MathBlock> blocks = new ArrayList<>();
    reading.items().forEach(i -> i.body().forEach(b -> collectBlocks(b, blocks)));
    assertThat(blocks).hasSize(223);
    assertThat(modelTex()).hasSize(223 + 132 + BARE_TEX.size());
  }

  @Test
  void theExportLostTheDollarsOf18FormulasAndTheyAreMathAgain() {
    List<MathCollector.Tex> model = modelTex();
    List<MathCollector.Tex> dollars = dollarSpans();
    List<MathCollector.Tex> restored = new ArrayList<>(model);
    dollars.forEach(restored::remove);
    assertThat(restored).containsExactlyElementsOf(BARE_TEX);
  }

  @Test
  void onlyTheTexOfABareFormulaBecomesMathTheWordsStayText() {
    Block.Paragraph where = (Block.Paragraph) note("1.24.1").body().get(2);
    assertThat(where.content()).containsExactly(
        new Inline.Text("where "),
        new Inline.Math("\\bar{X}", 531),
        new Inline.Text(" is the sample mean, μ is the population mean, σ is the population standard deviation,"
            + " and n is the sample size."));
    Block.ListBlock svmTerms = (Block.ListBlock) note("3.5").body().get(6);
    assertThat(svmTerms.items().get(0).blocks()).containsExactly(new Block.Paragraph(List.of(
        new Inline.Math("\\mathbf{x}_i", 777),
        new Inline.Text(" : Feature vector for the i -th sample,")), 777));
  }

  private static Item note(String label) {
    return reading.items().stream().filter(i -> i.source().label().equals(label)).findFirst().orElseThrow();
  }

  private static void collectBlocks(Block block, List<Block.MathBlock> out) {
    if (block instanceof Block.MathBlock m) {
      out.add(m);
    } else if (block instanceof Block.ListBlock l) {
      l.items().forEach(item -> item.blocks().forEach(b -> collectBlocks(b, out)));
    }
  }
}
