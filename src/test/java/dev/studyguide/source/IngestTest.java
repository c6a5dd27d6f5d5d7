package dev.studyguide.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Corpus;
import dev.studyguide.model.Diagnostic;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
  @TempDir Path tmp;

  @Test
  void pointsAMissingSourceAtTheConfigLineThatListsIt() {
    var content = new ContentFixture(tmp).guideWithSource("gone.txt", "web-qa");
    Corpus corpus = Ingest.read(content.dir());
    assertThat(corpus.allDiagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo("guide.yaml");
      assertThat(d.line()).isEqualTo(3);
      assertThat(d.message()).isEqualTo("gone.txt: source file is missing");
    });
  }

  @Test
  void warnsAboutADocumentDroppedInButNotListed() {
    var content = new ContentFixture(tmp).guide("title: x\nsources: []\n").source("new.txt", "Q1: hi?\n");
    Corpus corpus = Ingest.read(content.dir());
    assertThat(corpus.allDiagnostics()).singleElement()
        .satisfies(d -> assertThat(d.format()).isEqualTo(
            "new.txt: warning: not listed in guide.yaml, so it is not read"
                + " (add it under 'sources:' with a title and format, or move it out of sources/)"));
  }

  @Test
  void warnsAboutHtmlInASourceWithItsLine() {
    var content = new ContentFixture(tmp).guideWithSource("x.txt", "web-qa")
        .source("x.txt", "Title\nQ1: Is <script>alert(1)</script> safe?\nAnswer: no.\n");
    Corpus corpus = Ingest.read(content.dir());
    assertThat(corpus.allDiagnostics()).anySatisfy(d -> {
      assertThat(d.line()).isEqualTo(2);
      assertThat(d.message()).startsWith("HTML tag <script>");
    });
  }
}
