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
    var content = new ContentFixture(tmp).guide("title: x\nsources: []\n")
        .source("new.md", "# Bias and variance\n\n**Why does a larger model overfit?**\n\nIt fits the noise too.\n");
    Corpus corpus = Ingest.read(content.dir());
    // The hint is the line to paste into guide.yaml: the title from the document, the format detected.
    assertThat(corpus.allDiagnostics()).singleElement()
        .satisfies(d -> assertThat(d.format()).isEqualTo(
            "new.md: warning: not listed in guide.yaml, so it is not read (add it under 'sources:' in guide.yaml:"
                + " \"- {file: new.md, title: Bias and variance, format: markdown}\", or move it out of sources/)"));
  }

  @Test
  void aCorrectionInGuideYamlFixesTheLineItNamesAndKeepsEveryLineNumber() {
    var content = new ContentFixture(tmp).guide("""
        title: x
        sources:
          - file: q.md
            format: markdown
            corrections:
              - line: 3
                replace: 'p(y|x}'
                with: 'p(y|x)'
        """).source("q.md", "# Scores\n\n**What is $p(y|x}$?**\n\nThe label distribution.\n");
    Corpus corpus = Ingest.read(content.dir());
    assertThat(corpus.allDiagnostics()).filteredOn(d -> !d.message().startsWith("read as")).isEmpty();
    assertThat(corpus.readings().get(0).document().line(3)).isEqualTo("**What is $p(y|x)$?**");
    assertThat(corpus.items()).singleElement().satisfies(item -> assertThat(item.source().fromLine()).isEqualTo(3));
  }

  @Test
  void aCorrectionThatNoLongerMatchesItsLineIsReportedAtItsGuideYamlLineAndNotApplied() {
    var content = new ContentFixture(tmp).guide("""
        title: x
        sources:
          - file: q.md
            format: markdown
            corrections:
              - line: 3
                replace: 'p(y|x}'
                with: 'p(y|x)'
              - line: 40
                replace: 'a'
                with: 'b'
        """).source("q.md", "# Scores\n\n**What is $p(y|z}$?**\n");
    Corpus corpus = Ingest.read(content.dir());
    assertThat(corpus.allDiagnostics()).extracting(Diagnostic::format).contains(
        "guide.yaml:6: warning: correction for q.md:3 not applied: the line does not contain \"p(y|x}\" (the"
            + " source changed: update the correction's line and text, or remove it)",
        "guide.yaml:9: warning: correction for q.md:40 not applied: the source has 3 lines (fix the correction's"
            + " line number or remove it)");
    assertThat(corpus.readings().get(0).document().line(3)).isEqualTo("**What is $p(y|z}$?**");
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

  @Test
  void readsAllFiveRealDocumentsWithEveryLineAccountedFor() {
    Corpus corpus = Ingest.read(java.nio.file.Path.of("content"));
    assertThat(corpus.allDiagnostics()).filteredOn(Diagnostic::isError).isEmpty();
    assertThat(corpus.allDiagnostics()).noneMatch(d -> d.message().contains("not captured"));
    assertThat(corpus.readings()).allSatisfy(r -> assertThat(LineAccounting.unaccounted(r)).isEmpty());
    java.util.Map<String, Long> questions = new java.util.TreeMap<>();
    java.util.Map<String, Long> notes = new java.util.TreeMap<>();
    for (var reading : corpus.readings()) {
      String name = reading.document().file().substring(0, 3);
      questions.put(name, reading.items().stream().filter(dev.studyguide.model.Item::isQuestion).count());
      notes.put(name, reading.items().stream().filter(i -> !i.isQuestion()).count());
    }
    assertThat(questions).containsExactly(java.util.Map.entry("000", 142L), java.util.Map.entry("001", 30L),
        java.util.Map.entry("002", 0L), java.util.Map.entry("003", 0L), java.util.Map.entry("004", 10L));
    assertThat(notes).containsExactly(java.util.Map.entry("000", 0L), java.util.Map.entry("001", 0L),
        java.util.Map.entry("002", 153L), java.util.Map.entry("003", 53L), java.util.Map.entry("004", 5L));
  }

  @Test
  void givesEveryItemAUniqueStableId() {
    Corpus first = Ingest.read(java.nio.file.Path.of("content"));
    Corpus second = Ingest.read(java.nio.file.Path.of("content"));
    var ids = first.items().map(dev.studyguide.model.Item::id).toList();
    assertThat(ids).doesNotHaveDuplicates().isEqualTo(second.items().map(dev.studyguide.model.Item::id).toList());
  }
}
