package dev.studyguide.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.GuideConfig;
import dev.studyguide.model.SourceFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideConfigLoaderTest {
  @TempDir Path tmp;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private Optional<GuideConfig> load(String yaml) {
    new ContentFixture(tmp).guide(yaml);
    return GuideConfigLoader.load(tmp, diagnostics);
  }

  @Test
  void readsTheRealConfigWithAllFiveSources() {
    Optional<GuideConfig> config = GuideConfigLoader.load(Path.of("content"), diagnostics);
    assertThat(diagnostics).isEmpty();
    assertThat(config.orElseThrow().sources()).extracting(GuideConfig.SourceEntry::format).containsExactly(
        SourceFormat.CHAT_QUESTIONS, SourceFormat.MARKDOWN_QA, SourceFormat.PDF_STUDY_SHEET,
        SourceFormat.WEB_CHEAT_SHEET, SourceFormat.WEB_QA);
  }

  @Test
  void aSourceWithoutAFormatIsListedForDetection() {
    GuideConfig config = load("title: x\nsources:\n  - file: a.md\n    title: A\n  - file: b.md\n    format: markdown\n")
        .orElseThrow();

    assertThat(diagnostics).isEmpty();
    assertThat(config.sources()).extracting(GuideConfig.SourceEntry::givenFormat)
        .containsExactly(Optional.empty(), Optional.of(SourceFormat.MARKDOWN));
  }

  @Test
  void reportsASyntaxErrorWithItsLine() {
    assertThat(load("title: x\nsources:\n  - file: a.txt\n   format: [oops\n")).isEmpty();
    assertThat(diagnostics).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo("guide.yaml");
      assertThat(d.line()).isGreaterThan(1);
      assertThat(d.message()).startsWith("YAML syntax error");
    });
  }

  @Test
  void reportsAnUnknownFormatAtItsLineAndNamesTheKnownOnes() {
    assertThat(load("title: x\nsources:\n  - file: a.txt\n    format: docx\n")).isEmpty();
    assertThat(diagnostics).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(4);
      assertThat(d.message()).contains("unknown format 'docx'").contains("markdown-qa");
    });
  }

  @Test
  void rejectsPathsThatLeaveTheSourcesFolder() {
    assertThat(load("title: x\nsources:\n  - file: ../../etc/passwd\n    format: web-qa\n")).isEmpty();
    assertThat(diagnostics.get(0).message()).contains("plain file name");
  }

  @Test
  void readsTheRealConfigsCorrectionsOfTheStudySheet() {
    GuideConfig config = GuideConfigLoader.load(Path.of("content"), diagnostics).orElseThrow();
    assertThat(config.sources().get(2).corrections()).extracting(GuideConfig.Correction::line)
        .containsExactly(1774, 152, 1987);
  }

  @Test
  void rejectsACorrectionWithoutALineNumberOrText() {
    assertThat(load("title: x\nsources:\n  - file: a.md\n    corrections:\n      - line: first\n        replace: a\n"
        + "        with: b\n      - line: 2\n        replace: ''\n        with: b\n")).isEmpty();
    assertThat(diagnostics).extracting(Diagnostic::format).containsExactly(
        "guide.yaml:5: error: correction line 'first' must be a line number of the source (see the comment at the"
            + " top of guide.yaml)",
        "guide.yaml:8: error: a correction replaces some text of one line with text on that line (see the comment at"
            + " the top of guide.yaml)");
  }

  @Test
  void reportsAMissingSourcesList() {
    assertThat(load("title: x\n")).isEmpty();
    assertThat(diagnostics.get(0).message()).startsWith("missing 'sources'");
  }

  @Test
  void givesTheBaseUrlATrailingSlash() {
    var config = load("title: x\nbaseUrl: https://u.github.io/repo\nsources: []\n").orElseThrow();
    assertThat(config.baseUrl()).isEqualTo("https://u.github.io/repo/");
  }

  @Test
  void readsTheRealConfigsProbabilityEssentialsPack() {
    GuideConfig config = GuideConfigLoader.load(Path.of("content"), diagnostics).orElseThrow();
    assertThat(config.packs()).singleElement().satisfies(p -> {
      assertThat(p.id()).isEqualTo("probability-essentials");
      assertThat(p.title()).isEqualTo("Probability essentials");
      assertThat(p.topics()).hasSize(12).startsWith("random-variables", "probability-rules").endsWith("cramer-rao-bound");
      assertThat(p.categories()).isEmpty();
    });
  }

  @Test
  void readsAPackOfTopicsAndCategoriesWithItsLine() {
    var config = load("title: x\nsources: []\npacks:\n  - id: my-pack\n    title: Mine\n    topics: mle\n"
        + "    categories: [evaluation, deep-learning]\n").orElseThrow();
    assertThat(config.packs()).singleElement().satisfies(p -> {
      assertThat(p.topics()).containsExactly("mle");
      assertThat(p.categories()).containsExactly("evaluation", "deep-learning");
      assertThat(p.line()).isEqualTo(4);
    });
  }

  @Test
  void rejectsAPackIdThatCannotNameAFileAndAPackWithNothingInIt() {
    assertThat(load("title: x\nsources: []\npacks:\n  - id: My Pack\n    title: M\n    topics: [mle]\n")).isEmpty();
    assertThat(diagnostics.get(0).message()).contains("'My Pack' must be lowercase kebab-case");
    diagnostics.clear();
    assertThat(load("title: x\nsources: []\npacks:\n  - id: empty\n    title: E\n")).isEmpty();
    assertThat(diagnostics.get(0).message()).isEqualTo("pack 'empty' lists no topics or categories");
  }
}
