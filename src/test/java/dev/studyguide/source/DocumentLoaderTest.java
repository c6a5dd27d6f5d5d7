package dev.studyguide.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.SourceFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentLoaderTest {
  @TempDir Path tmp;

  private DocumentLoader.Loaded load(byte[] bytes) {
    new ContentFixture(tmp).source("doc.txt", bytes);
    return DocumentLoader.load(tmp.resolve("sources/doc.txt"), "Doc", SourceFormat.WEB_QA);
  }

  @Test
  void keepsOriginalLineNumbersAcrossLineEndingStyles() {
    var loaded = load("one\r\ntwo\rthree\n".getBytes(StandardCharsets.UTF_8));
    assertThat(loaded.document().orElseThrow().lines()).containsExactly("one", "two", "three");
  }

  @Test
  void normalizesToNfc() {
    var loaded = load("Crame\u0301r\n".getBytes(StandardCharsets.UTF_8));
    assertThat(loaded.document().orElseThrow().line(1)).isEqualTo("Cram\u00e9r");
  }

  @Test
  void readsUtf16WithAByteOrderMarkAndNamesItWithoutOne() {
    String text = "# Variance\n\n**Why does the mean of n draws vary less?**\n\nIndependent errors cancel.\n";
    byte[] utf16 = text.getBytes(StandardCharsets.UTF_16); // big-endian, with a byte-order mark
    assertThat(load(utf16).document().orElseThrow().lines()).containsExactlyElementsOf(text.lines().toList());

    var bare = load(text.getBytes(StandardCharsets.UTF_16LE));
    assertThat(bare.document()).isEmpty();
    assertThat(bare.diagnostics()).singleElement().satisfies(d -> assertThat(d.format())
        .startsWith("doc.txt:1: error: UTF-16 text without a byte-order mark (re-save the file as UTF-8"));
  }

  @Test
  void rejectsBinaryFilesNamingTheLine() {
    var loaded = load(new byte[] {'a', '\n', 'b', 0, 'c'});
    assertThat(loaded.document()).isEmpty();
    assertThat(loaded.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.format()).startsWith("doc.txt:2: error: binary file"));
  }

  @Test
  void rejectsInvalidUtf8NamingTheLine() {
    var loaded = load(new byte[] {'o', 'k', '\n', 'b', 'a', 'd', (byte) 0xC3, '(', '\n'});
    assertThat(loaded.document()).isEmpty();
    assertThat(loaded.diagnostics()).singleElement().extracting(Diagnostic::line).isEqualTo(2);
    assertThat(loaded.diagnostics().get(0).message()).isEqualTo("not valid UTF-8");
  }

  @Test
  void keepsAGenuineReplacementCharacter() {
    var loaded = load("lost \uFFFD glyph\n".getBytes(StandardCharsets.UTF_8));
    assertThat(loaded.document().orElseThrow().line(1)).isEqualTo("lost \uFFFD glyph");
  }

  @Test
  void rejectsOverlongEncodingsAndEncodedSurrogatesAsInvalidUtf8() {
    byte[] overlongSlash = {'a', '\n', (byte) 0xC0, (byte) 0xAF, '\n'};
    byte[] encodedSurrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'};
    assertThat(load(overlongSlash).diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.format()).startsWith("doc.txt:2: error: not valid UTF-8"));
    assertThat(load(encodedSurrogate).diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.format()).startsWith("doc.txt:1: error: not valid UTF-8"));
  }

  @Test
  void rejectsALineLongerThanASourceLineMayHaveNamingIt() {
    String longest = "x".repeat(DocumentLoader.MAX_LINE_LENGTH);
    assertThat(load(("ok\n" + longest + "\n").getBytes(StandardCharsets.UTF_8)).document()).isPresent();

    var loaded = load(("ok\nfine\n" + longest + "y\nmore\n").getBytes(StandardCharsets.UTF_8));
    assertThat(loaded.document()).isEmpty();
    assertThat(loaded.diagnostics()).extracting(Diagnostic::format).containsExactly("doc.txt:3: error: line is "
        + "100,001 characters long, over the 100,000 a source line may have (is this the right file? break the text "
        + "into lines or paragraphs)");
  }

  @Test
  void warnsAboutAnEmptyDocumentButKeepsGoing() {
    var loaded = load("\n  \n".getBytes(StandardCharsets.UTF_8));
    assertThat(loaded.document()).isPresent();
    assertThat(loaded.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.isError()).isFalse();
      assertThat(d.message()).isEqualTo("source is empty");
    });
  }

  @Test
  void reportsAMissingFile() {
    var loaded = DocumentLoader.load(tmp.resolve("nope.txt"), "Nope", SourceFormat.WEB_QA);
    assertThat(loaded.document()).isEmpty();
    assertThat(loaded.diagnostics().get(0).message()).isEqualTo("source file is missing");
  }

  @Test
  void stripsAByteOrderMark() {
    var loaded = load("\uFEFFtitle\n".getBytes(StandardCharsets.UTF_8));
    assertThat(loaded.document().orElseThrow().line(1)).isEqualTo("title");
  }
}
