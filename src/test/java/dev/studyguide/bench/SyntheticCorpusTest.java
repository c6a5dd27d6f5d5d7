package dev.studyguide.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Corpus;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.GuideConfig.SourceEntry;
import dev.studyguide.model.SourceFormat;
import dev.studyguide.model.SourceReading;
import dev.studyguide.render.MathIndex;
import dev.studyguide.render.math.MathCache;
import dev.studyguide.render.math.MathRequest;
import dev.studyguide.render.math.MathTypesetter;
import dev.studyguide.source.Ingest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthetic corpus is a faithful scale model: deterministic, N variants per real document, each read by the
 * real reader into as many items of each kind as the real document, numbered questions under the same labels;
 * for formats whose reader has not landed yet, the variants keep the document's visible structure.
 */
class SyntheticCorpusTest {
  private static final Path REAL = Path.of("content");
  private static final int SCALE = 2;

  @TempDir static Path tmp;
  private static SyntheticCorpus.Written written;
  private static Corpus real;
  private static Corpus synthetic;

  @BeforeAll
  static void generate() {
    written = SyntheticCorpus.write(REAL, tmp.resolve("x2"), SCALE, 7);
    real = Ingest.read(REAL);
    synthetic = Ingest.read(written.dir());
  }

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedOtherText() throws IOException {
    SyntheticCorpus.Written again = SyntheticCorpus.write(REAL, tmp.resolve("again"), SCALE, 7);
    SyntheticCorpus.Written other = SyntheticCorpus.write(REAL, tmp.resolve("other"), SCALE, 8);

    assertThat(files(again.dir())).isEqualTo(files(written.dir()));
    Map<String, String> otherFiles = files(other.dir());
    assertThat(otherFiles.keySet()).isEqualTo(files(written.dir()).keySet());
    assertThat(otherFiles.get("sources/001_e28f1e3c4a3a8fd7_x001.txt"))
        .isNotEqualTo(files(written.dir()).get("sources/001_e28f1e3c4a3a8fd7_x001.txt"));
  }

  @Test
  void writesScaleVariantsOfEachRealDocumentInItsFormatAndListsThemAll() {
    assertThat(written.sources()).hasSize(5 * SCALE);
    assertThat(synthetic.config().sources()).extracting(SourceEntry::file)
        .containsExactlyElementsOf(written.sources().stream().map(SourceEntry::file).toList())
        .startsWith("000_4990951e695175c5_x001.txt", "000_4990951e695175c5_x002.txt", "001_e28f1e3c4a3a8fd7_x001.txt");
    for (SourceEntry realSource : real.config().sources()) {
      assertThat(synthetic.config().sources()).filteredOn(s -> s.format() == realSource.format()).hasSize(SCALE);
    }
    assertThat(synthetic.diagnostics()).isEmpty(); // no unlisted file, no duplicate id across variants
  }

  @Test
  void everyVariantKeepsItsDocumentsLineCountButNotItsText() {
    for (SourceEntry realSource : real.config().sources()) {
      List<String> realLines = reading(real, realSource.file()).document().lines();
      for (String variant : variantsOf(realSource)) {
        List<String> lines = reading(synthetic, variant).document().lines();
        assertThat(lines).as(variant).hasSameSizeAs(realLines).isNotEqualTo(realLines);
      }
    }
  }

  @Test
  void formatsWithAReaderReadEachVariantIntoAsManyItemsOfEachKindAsTheRealDocumentWithOtherText() {
    int checked = 0;
    for (SourceEntry realSource : real.config().sources()) {
      SourceReading realReading = reading(real, realSource.file());
      if (realReading.items().isEmpty()) {
        continue; // reader still a placeholder: the structure tests below cover this format
      }
      checked++;
      for (String variant : variantsOf(realSource)) {
        SourceReading reading = reading(synthetic, variant);
        assertThat(kinds(reading)).as(variant).isEqualTo(kinds(realReading));
        assertThat(errors(reading)).as(variant).hasSize(errors(realReading).size());
        assertThat(texts(reading)).as(variant).isNotEqualTo(texts(realReading));
      }
    }
    assertThat(checked).as("formats with a real reader (000 and 001 at least)").isGreaterThanOrEqualTo(2);
    assertThat(synthetic.items().count()).isEqualTo(SCALE * real.items().count());
  }

  @Test
  void formulasAreNewOnesInTheRealShapesAsManyPerVariantAsTheRealOnesAndTypesetAsWell() {
    List<MathRequest> realFormulas = MathIndex.requests(real.items());
    List<MathRequest> formulas = MathIndex.requests(synthetic.items());

    // Each variant has the real documents' math slots, each filled with a new formula: few repeat.
    assertThat(formulas.size()).isGreaterThan(SCALE * realFormulas.size() * 9 / 10);
    assertThat(formulas.stream().filter(realFormulas::contains).count()).isLessThan(formulas.size() / 10);
    assertThat(formulas.stream().filter(MathRequest::display).count())
        .isGreaterThan(SCALE * realFormulas.stream().filter(MathRequest::display).count() * 9 / 10);
    // New symbols and numbers in real shapes stay TeX KaTeX reads (a sample: every fourth formula).
    List<MathRequest> sample = IntStream.range(0, formulas.size()).filter(i -> i % 4 == 0).mapToObj(formulas::get)
        .toList();
    try (MathTypesetter katex = new MathTypesetter(MathCache.none(), 2)) {
      assertThat(katex.typeset(sample).stream().filter(r -> !r.succeeded()).count()).isLessThan(sample.size() / 50);
    }
  }

  @Test
  void numberedQuestionsKeepTheirLabelsSinceTheSlotsKeepTheirNumbers() {
    for (SourceFormat format : List.of(SourceFormat.CHAT_QUESTIONS, SourceFormat.MARKDOWN_QA)) {
      SourceReading realReading = reading(real, source(format).file());
      assertThat(labels(realReading)).as(format.configName()).hasSizeGreaterThan(25).contains("#30");
      for (String variant : variantsOf(source(format))) {
        assertThat(labels(reading(synthetic, variant))).as(variant).isEqualTo(labels(realReading));
      }
    }
  }

  @Test
  void chatVariantsKeepBothNumberingsAndTheFollowUpMarkers() {
    for (String variant : variantsOf(source(SourceFormat.CHAT_QUESTIONS))) {
      List<String> lines = lines(variant);
      assertThat(numbers(lines, "^#{3}\\s+\\*\\*(\\d+)\\.\\s.*")).isEqualTo(concat(range(1, 120), range(1, 12)));
      assertThat(lines).filteredOn(l -> l.strip().equals("**Follow-ups:**")).hasSize(120);
      assertThat(lines).filteredOn(l -> l.strip().equals("**Question:**")).hasSize(12);
    }
  }

  @Test
  void studySheetVariantsListEachSectionInTheContentsAndHeadTheSectionWithIt() {
    SourceEntry sheet = source(SourceFormat.PDF_STUDY_SHEET);
    Pattern toc = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\t(.+)\\t(\\d+)$");
    // The variants copy the file as exported, so compare with it, not with the reading guide.yaml corrects.
    List<String> realPages = lines(exported(sheet), toc, m -> m.group(1) + "/" + m.group(3));
    assertThat(realPages).hasSize(160);
    for (String variant : variantsOf(sheet)) {
      List<String> lines = lines(variant);
      assertThat(lines(lines, toc, m -> m.group(1) + "/" + m.group(3))).isEqualTo(realPages);
      List<String> contents = lines(lines, toc, m -> m.group(1) + " " + m.group(2));
      List<String> headings = lines.stream().filter(contents::contains).toList();
      assertThat(headings).as("each contents entry heads exactly one section, in order").isEqualTo(contents);
    }
  }

  @Test
  void cheatSheetVariantsKeepTheSiteHeaderAndNumberSectionsOneToTwelve() {
    SourceEntry sheet = source(SourceFormat.WEB_CHEAT_SHEET);
    List<String> realLines = reading(real, sheet.file()).document().lines();
    for (String variant : variantsOf(sheet)) {
      List<String> lines = lines(variant);
      assertThat(lines.subList(0, 5)).isEqualTo(realLines.subList(0, 5));
      assertThat(numbers(lines, "^(\\d{2})$")).isEqualTo(range(1, 12));
    }
  }

  @Test
  void webQaVariantsNumberQuestionsOneToTenEachWithItsAnswerAndKeepHeadingsAndFooter() {
    SourceEntry lesson = source(SourceFormat.WEB_QA);
    List<String> realLines = reading(real, lesson.file()).document().lines();
    List<String> headings = List.of("Mathematical Depth Questions", "Linear Algebra", "Probability & Statistics",
        "Optimization", "Information Theory", "Key Takeaways", "Lilly Tech Systems");
    for (String variant : variantsOf(lesson)) {
      List<String> lines = lines(variant);
      assertThat(numbers(lines, "^Q(\\d+): .*")).isEqualTo(range(1, 10));
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).matches("^Q\\d+: .*")) {
          assertThat(lines.get(i + 1)).as(variant + ":" + (i + 1)).startsWith("Answer: ");
        }
      }
      assertThat(lines.stream().filter(headings::contains).toList()).isEqualTo(headings);
      assertThat(lines.get(lines.size() - 1)).isEqualTo(realLines.get(realLines.size() - 1));
    }
  }

  private static Map<String, String> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      Map<String, String> out = new TreeMap<>();
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
      return out;
    }
  }

  private static SourceEntry source(SourceFormat format) {
    return real.config().sources().stream().filter(s -> s.format() == format).findFirst().orElseThrow();
  }

  private static List<String> variantsOf(SourceEntry realSource) {
    List<String> out = new ArrayList<>();
    for (int v = 1; v <= SCALE; v++) {
      out.add(SyntheticCorpus.variantName(realSource.file(), v));
    }
    return out;
  }

  private static SourceReading reading(Corpus corpus, String file) {
    return corpus.readings().stream().filter(r -> r.document().file().equals(file)).findFirst().orElseThrow();
  }

  private static List<String> exported(SourceEntry source) {
    try {
      return Files.readAllLines(REAL.resolve(Ingest.SOURCES_DIR).resolve(source.file()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(String variant) {
    return reading(synthetic, variant).document().lines();
  }

  private static List<String> labels(SourceReading reading) {
    return reading.items().stream().map(i -> i.source().label()).toList();
  }

  private static List<String> kinds(SourceReading reading) {
    return reading.items().stream().map(i -> i.kind().name()).sorted().toList();
  }

  /** What an item says, without its id and provenance. */
  private static List<List<Object>> texts(SourceReading reading) {
    return reading.items().stream().map(i -> List.<Object>of(i.title(), i.prompt(), i.body())).toList();
  }

  private static List<Diagnostic> errors(SourceReading reading) {
    return reading.diagnostics().stream().filter(Diagnostic::isError).toList();
  }

  private static List<String> lines(List<String> lines, Pattern pattern, Function<Matcher, String> value) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      Matcher m = pattern.matcher(line);
      if (m.matches()) {
        out.add(value.apply(m));
      }
    }
    return out;
  }

  private static List<Integer> numbers(List<String> lines, String regex) {
    return lines(lines, Pattern.compile(regex), m -> m.group(1)).stream().map(Integer::parseInt).toList();
  }

  private static List<Integer> range(int from, int to) {
    return Stream.iterate(from, i -> i <= to, i -> i + 1).toList();
  }

  private static List<Integer> concat(List<Integer> a, List<Integer> b) {
    return Stream.concat(a.stream(), b.stream()).collect(Collectors.toList());
  }
}
