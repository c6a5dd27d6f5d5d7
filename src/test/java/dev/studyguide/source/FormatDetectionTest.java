package dev.studyguide.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Corpus;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Severity;
import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceFormat;
import dev.studyguide.model.SourceReading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Detecting a source's format when guide.yaml names none: the best-fitting reader wins. */
class FormatDetectionTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"000, chat-questions", "001, markdown-qa", "002, pdf-study-sheet", "003, web-cheat-sheet",
      "004, web-qa"})
  void eachRealSourceIsDetectedAsItsFormat(String prefix, String format) {
    SourceDocument document = RealSources.load(prefix, SourceFormat.MARKDOWN);

    assertThat(FormatDetection.detect(document).format().configName()).isEqualTo(format);
  }

  @Test
  void aQuestionCollectionInMarkdownIsReadByTheGeneralReader() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("src/test/resources/fixtures/markdown/mixed/doc.md"));

    FormatDetection.Detected detected = FormatDetection.detect(
        new SourceDocument("mixed.md", "mixed.md", SourceFormat.MARKDOWN, lines));

    assertThat(detected.format()).isEqualTo(SourceFormat.MARKDOWN);
  }

  /** The real content with every {@code format:} line removed reads as it does with them, plus one line each. */
  @Test
  void theRealGuideWithoutFormatsReadsTheSameItemsAndSaysWhatItChose() throws IOException {
    Path content = dev.studyguide.Folders.copy(Path.of("content"), tmp.resolve("content"));
    Path guide = content.resolve("guide.yaml");
    Files.writeString(guide, Files.readString(guide).replaceAll("(?m)^ +format: .*\\n", ""));

    Corpus detected = Ingest.read(content);
    Corpus declared = Ingest.read(Path.of("content"));

    assertThat(detected.readings()).extracting(SourceReading::items)
        .isEqualTo(declared.readings().stream().map(SourceReading::items).toList());
    assertThat(detected.readings()).extracting(r -> r.document().format())
        .isEqualTo(declared.readings().stream().map(r -> r.document().format()).toList());
    List<Diagnostic> infos = detected.allDiagnostics().stream().filter(d -> d.severity() == Severity.INFO).toList();
    assertThat(infos).extracting(Diagnostic::format).containsExactly(
        "000_4990951e695175c5.txt: info: read as chat-questions (no format given)",
        "001_e28f1e3c4a3a8fd7.txt: info: read as markdown-qa (no format given)",
        "002_4ee8b97069de0e12.txt: info: read as pdf-study-sheet (no format given)",
        "003_dcea033053920c7d.txt: info: read as web-cheat-sheet (no format given)",
        "004_305d9cc0fafbdfad.txt: info: read as web-qa (no format given)");
    assertThat(detected.allDiagnostics()).filteredOn(d -> d.severity() != Severity.INFO)
        .isEqualTo(declared.allDiagnostics());
  }
}
