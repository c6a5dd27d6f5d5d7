package dev.studyguide.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.studyguide.graph.MergedQuestion;
import dev.studyguide.graph.TopicEntry;
import dev.studyguide.model.Block;
import dev.studyguide.model.Inline;
import dev.studyguide.model.Item;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Calculus & Optimization pack (some 25 questions, many formulas) read back from its PDFs as a learner's
 * reader sees them, and the Evaluation pack, which holds the one formula no typesetter can parse.
 */
class PackPdfTest {
  private static final String PACK = "calculus-optimization";
  private static final byte[] ID = PdfMaker.identifier("a pack test's document");
  private final RealPacks real = RealPacks.get();
  @TempDir Path tmp;

  @Test
  void theQuestionsSheetHasEveryPromptAndFollowUpInOrderWithItsNumber() throws IOException {
    assertPromptsInOrder(Variant.QUESTIONS);
  }

  @Test
  void theAnswersPackHasEveryPromptInOrderUnderTheSameNumbers() throws IOException {
    assertPromptsInOrder(Variant.ANSWERS);
  }

  @Test
  void theOutlineHasTheCategoryThenOneEntryPerTopicThenItsNumberedQuestions() throws IOException {
    Pack pack = real.pack(PACK);
    try (PDDocument pdf = load(Variant.ANSWERS)) {
      List<PDOutlineItem> categories = children(pdf.getDocumentCatalog().getDocumentOutline().getFirstChild());
      assertThat(categories).extracting(PDOutlineItem::getTitle).containsExactly("Calculus & Optimization");
      List<PDOutlineItem> topics = children(categories.get(0).getFirstChild());
      assertThat(topics).extracting(PDOutlineItem::getTitle)
          .containsExactlyElementsOf(pack.topics().stream().map(t -> t.topic().title()).toList());
      List<String> questions = topics.stream().flatMap(t -> children(t.getFirstChild()).stream())
          .map(PDOutlineItem::getTitle).toList();
      assertThat(questions).hasSize(pack.questions().size());
      for (int i = 0; i < questions.size(); i++) {
        assertThat(questions.get(i)).startsWith("Q" + (i + 1) + ". ");
      }
    }
  }

  @Test
  void inTheAnswersPackEveryTopicStartsAPageAndTheOutlineLeadsThere() throws IOException {
    try (PDDocument pdf = load(Variant.ANSWERS)) {
      List<PDOutlineItem> topics = children(children(pdf.getDocumentCatalog().getDocumentOutline().getFirstChild())
          .get(0).getFirstChild());
      List<Integer> pages = new ArrayList<>();
      for (PDOutlineItem topic : topics) {
        pages.add(pdf.getPages().indexOf(topic.findDestinationPage(pdf)));
      }
      assertThat(pages).doesNotContain(-1).isSorted().doesNotHaveDuplicates();
    }
  }

  @Test
  void theQuestionsSheetListsOnlyTopicsWithQuestions() throws IOException {
    Pack pack = real.pack(PACK);
    try (PDDocument pdf = load(Variant.QUESTIONS)) {
      List<PDOutlineItem> topics = children(children(pdf.getDocumentCatalog().getDocumentOutline().getFirstChild())
          .get(0).getFirstChild());
      assertThat(topics).extracting(PDOutlineItem::getTitle).containsExactlyElementsOf(pack.topics().stream()
          .filter(t -> !t.questions().isEmpty()).map(t -> t.topic().title()).toList());
      assertThat(text(pdf)).as("no note or answer, whose lines name their source").doesNotContain("Source:")
          .doesNotContain("Answer from");
    }
  }

  @Test
  void theContentsLinkToTheirTopicsInsideTheDocument() throws IOException {
    Pack pack = real.pack(PACK);
    try (PDDocument pdf = load(Variant.ANSWERS)) {
      long internal = 0;
      for (PDAnnotation annotation : pdf.getPage(1).getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link
            && (link.getDestination() != null || link.getAction() instanceof PDActionGoTo)) {
          internal++;
        }
      }
      assertThat(internal).isEqualTo(1 + pack.topics().size()); // the category and each topic
      assertThat(text(pdf, 2, 2)).contains("Contents").contains(pack.topics().get(0).topic().title());
    }
  }

  @Test
  void noTexSourceReachesThePage() throws IOException {
    String calculus = text(Variant.ANSWERS);
    assertThat(calculus).doesNotContain("$").doesNotContainPattern("\\\\[A-Za-z]+");
    try (PDDocument pdf = Loader.loadPDF(real.pdf("evaluation", Variant.ANSWERS).bytes())) {
      // Its inception score formula (002:1774) as guide.yaml corrects it, typeset like the rest.
      assertThat(text(pdf)).contains("IS").doesNotContain("$").doesNotContainPattern("\\\\[A-Za-z]+");
    }
  }

  @Test
  void everyCharacterOfThePacksTextPrintsAsItself() throws IOException {
    Set<Integer> wanted = new LinkedHashSet<>();
    for (TopicEntry topic : real.pack(PACK).topics()) {
      topic.notes().forEach(n -> blocks(n.body(), wanted));
      for (MergedQuestion q : topic.questions()) {
        q.followUps().forEach(f -> inlines(f, wanted));
        for (Item member : q.members()) {
          inlines(member.prompt(), wanted);
          blocks(member.body(), wanted);
        }
      }
    }
    wanted.removeIf(c -> c < 128 || Character.isWhitespace(c) || Character.isSpaceChar(c));
    assertThat(wanted).as("the pack has Greek letters, operators or arrows in its text").isNotEmpty();
    String text = text(Variant.ANSWERS);
    for (int c : wanted) {
      assertThat(text).as("U+%04X %s", c, Character.toString(c)).contains(Character.toString(c));
    }
  }

  @Test
  void aWordIsFoundAsItIsTypedWithNoLigatureStandingForItsLetters() throws IOException {
    // A viewer's search for "efficient" misses a PDF whose text has "eﬃcient" (U+FB03).
    String text = text(Variant.ANSWERS);
    assertThat(text).containsPattern("f[fil]");
    assertThat(text.codePoints().filter(c -> c >= 0xFB00 && c <= 0xFB06).mapToObj(Character::toString).toList())
        .as("ligature characters in the text").isEmpty();
  }

  @Test
  void everyFontIsEmbeddedAndFormulasUseTheMathFonts() throws IOException {
    Set<String> fonts = new LinkedHashSet<>();
    try (PDDocument pdf = load(Variant.ANSWERS)) {
      for (PDPage page : pdf.getPages()) {
        collectFonts(page.getResources(), fonts);
      }
    }
    assertThat(fonts).allMatch(f -> f.startsWith("embedded "));
    assertThat(fonts).anyMatch(f -> f.contains("DejaVuSerif")).anyMatch(f -> f.contains("jlm_cmmi10"));
  }

  @Test
  void theDocumentHasItsTitleAuthorAndTheBuildDayAsItsDates() throws IOException {
    try (PDDocument pdf = load(Variant.ANSWERS)) {
      var info = pdf.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo("Calculus & Optimization study pack · Answers · ML Research Interview Study Guide");
      assertThat(info.getAuthor()).isEqualTo("ML Research Interview Study Guide");
      assertThat(info.getProducer()).startsWith("studyguide");
      Calendar created = info.getCreationDate();
      created.setTimeZone(TimeZone.getTimeZone("UTC"));
      assertThat(created.toInstant().toString()).isEqualTo("2026-01-15T00:00:00Z");
      assertThat(info.getModificationDate().toInstant()).isEqualTo(created.toInstant());
      assertThat(text(pdf, 1, 1)).contains("Calculus & Optimization").contains("Built 15 January 2026")
          .contains(real.pack(PACK).questions().size() + " questions");
    }
  }

  @Test
  void theSameDocumentGivesTheSameBytes() {
    String xhtml = real.xhtml(PACK, Variant.QUESTIONS);
    assertThat(real.xhtml(PACK, Variant.QUESTIONS)).isEqualTo(xhtml);
    byte[] first = real.pdfs.make(xhtml, ID).bytes();
    byte[] second = real.pdfs.make(xhtml, ID).bytes();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void aDocumentLaidOutOnAnotherThreadGivesTheSameBytes() throws Exception {
    String xhtml = real.xhtml(PACK, Variant.ANSWERS);
    byte[] here = real.pdfs.make(xhtml, ID).bytes();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      assertThat(pool.submit(() -> real.pdfs.make(xhtml, ID).bytes()).get()).isEqualTo(here);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void thePdfsStaySmallEnoughToMail() {
    assertThat(real.pdf(PACK, Variant.ANSWERS).bytes().length).isLessThan(400_000);
    assertThat(real.pdf(PACK, Variant.QUESTIONS).bytes().length).isLessThan(200_000);
  }

  @Test
  void everyPageRendersWithPoppler() throws IOException, InterruptedException {
    assumeTrue(available("pdftoppm"), "pdftoppm (poppler-utils) is not installed; skipping the render check");
    for (Variant variant : Variant.values()) {
      PdfMaker.Made made = real.pdf(PACK, variant);
      Path file = tmp.resolve(variant.slug() + ".pdf");
      Files.write(file, made.bytes());
      Process run = new ProcessBuilder("pdftoppm", "-r", "20", "-png", file.toString(),
          tmp.resolve(variant.slug()).toString()).redirectErrorStream(true).start();
      String output = new String(run.getInputStream().readAllBytes());
      assertThat(run.waitFor()).as(output).isZero();
      assertThat(output).as("poppler complains").isBlank();
      try (Stream<Path> pngs = Files.list(tmp)) {
        assertThat(pngs.filter(p -> p.getFileName().toString().startsWith(variant.slug() + "-"))).hasSize(made.pages());
      }
    }
  }

  private void assertPromptsInOrder(Variant variant) throws IOException {
    String text = normalized(text(variant));
    int at = 0;
    int number = 0;
    for (MergedQuestion q : real.pack(PACK).questions()) {
      number++;
      at = expectInOrder(text, at, "q" + number, segments(q.canonical().prompt()), "Q" + number);
      char letter = 'a';
      for (List<Inline> followUp : q.followUps()) {
        at = expectInOrder(text, at, number + String.valueOf(letter), segments(followUp),
            "follow-up " + number + letter);
        letter++;
      }
    }
    assertThat(number).isEqualTo(real.pack(PACK).questions().size()).isGreaterThan(20);
  }

  /** The label, then each text segment, each found after the one before. */
  private static int expectInOrder(String text, int from, String label, List<String> segments, String what) {
    int at = text.indexOf(label, from);
    assertThat(at).as(what + " label").isGreaterThanOrEqualTo(0);
    at += label.length();
    for (String segment : segments) {
      int found = text.indexOf(segment, at);
      assertThat(found).as(what + ": \"" + segment + "\"").isGreaterThanOrEqualTo(0);
      assertThat(found - at).as(what + ": \"" + segment + "\" follows closely").isLessThan(400);
      at = found + segment.length();
    }
    return at;
  }

  /** The words of a prompt between its formulas, normalized; short runs are skipped as ambiguous. */
  private static List<String> segments(List<Inline> inlines) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    flatten(inlines, current, out);
    out.add(normalized(current.toString()));
    out.removeIf(s -> s.length() < 4);
    return out;
  }

  private static void flatten(List<Inline> inlines, StringBuilder current, List<String> out) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Math) {
        out.add(normalized(current.toString()));
        current.setLength(0);
      } else if (inline instanceof Inline.Text t) {
        current.append(t.text());
      } else if (inline instanceof Inline.Styled s) {
        flatten(s.children(), current, out);
      } else if (inline instanceof Inline.Link l) {
        flatten(l.children(), current, out);
      } else if (inline instanceof Inline.Code c) {
        current.append(c.text());
      } else if (inline instanceof Inline.Formula f) {
        current.append(f.text());
      }
    }
  }

  /** Letters and digits only, lower case, ligatures unfolded: what survives line breaks and hyphenation. */
  private static String normalized(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static void blocks(List<Block> blocks, Set<Integer> out) {
    for (Block block : blocks) {
      if (block instanceof Block.Paragraph p) {
        inlines(p.content(), out);
      } else if (block instanceof Block.Heading h) {
        inlines(h.content(), out);
      } else if (block instanceof Block.ListBlock l) {
        l.items().forEach(i -> blocks(i.blocks(), out));
      } else if (block instanceof Block.FormulaBlock f) {
        f.text().codePoints().forEach(out::add);
      } else if (block instanceof Block.Table t) {
        t.header().forEach(c -> inlines(c, out));
        t.rows().forEach(r -> r.forEach(c -> inlines(c, out)));
      }
    }
  }

  private static void inlines(List<Inline> inlines, Set<Integer> out) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Text t) {
        t.text().codePoints().forEach(out::add);
      } else if (inline instanceof Inline.Formula f) {
        f.text().codePoints().forEach(out::add);
      } else if (inline instanceof Inline.Styled s) {
        inlines(s.children(), out);
      } else if (inline instanceof Inline.Link l) {
        inlines(l.children(), out);
      }
    }
  }

  private static void collectFonts(PDResources resources, Set<String> out) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      out.add((font.isEmbedded() ? "embedded " : "not embedded ") + font.getName());
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDFormXObject form) {
        collectFonts(form.getResources(), out);
      }
    }
  }

  private static List<PDOutlineItem> children(PDOutlineItem first) {
    List<PDOutlineItem> out = new ArrayList<>();
    for (PDOutlineItem item = first; item != null; item = item.getNextSibling()) {
      out.add(item);
    }
    return out;
  }

  private PDDocument load(Variant variant) throws IOException {
    return Loader.loadPDF(real.pdf(PACK, variant).bytes());
  }

  private String text(Variant variant) throws IOException {
    try (PDDocument pdf = load(variant)) {
      return text(pdf);
    }
  }

  private static String text(PDDocument pdf) throws IOException {
    return stripper().getText(pdf);
  }

  private static String text(PDDocument pdf, int fromPage, int toPage) throws IOException {
    PDFTextStripper stripper = stripper();
    stripper.setStartPage(fromPage);
    stripper.setEndPage(toPage);
    return stripper.getText(pdf);
  }

  /** Text in reading order: openhtmltopdf writes bold runs after the line they sit in. */
  private static PDFTextStripper stripper() {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    return stripper;
  }

  private static boolean available(String command) {
    try {
      Process probe = new ProcessBuilder(command, "-v").redirectErrorStream(true).start();
      probe.getInputStream().readAllBytes();
      return probe.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
