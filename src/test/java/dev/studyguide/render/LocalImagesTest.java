package dev.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Block;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inline;
import dev.studyguide.model.Item;
import dev.studyguide.model.ItemKind;
import dev.studyguide.model.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalImagesTest {
  private static final Path PNG = Path.of("src/test/resources/fixtures/markdown-html/guide/sources/img/spread.png");

  @TempDir Path content;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** A note on line 3 of notes.md whose paragraph shows the given images (in a table cell, to be found there too). */
  private static Item showing(String... srcs) {
    List<Inline> cell = Stream.of(srcs).map(src -> (Inline) new Inline.Image(src, "a plot", 3)).toList();
    Block table = new Block.Table(List.of(), List.of(), List.of(List.of(cell)), 3);
    return new Item("n-1", ItemKind.NOTE, "Note", List.of(), List.of(), List.of(), List.of(table),
        new SourceRef("notes.md", 1, 4, "Note"));
  }

  private LocalImages read(Item item) {
    return LocalImages.read(content.resolve("sources"), Stream.of(item), diagnostics);
  }

  @Test
  void aPictureIsPublishedByItsContentHashOnceWhateverItsNames() throws IOException {
    Files.createDirectories(content.resolve("sources/img"));
    Files.copy(PNG, content.resolve("sources/img/a.png"));
    Files.copy(PNG, content.resolve("sources/same.bin"));

    LocalImages images = read(showing("img/a.png", "same.bin", "https://x.org/remote.png"));

    assertThat(images.find("img/a.png")).get().extracting(LocalImages.Published::path).asString()
        .matches("images/[0-9a-f]{16}\\.png");
    assertThat(images.find("same.bin").get().path()).isEqualTo(images.find("img/a.png").get().path());
    assertThat(images.all()).singleElement().extracting(LocalImages.Published::mediaType).isEqualTo("image/png");
    assertThat(images.find("https://x.org/remote.png")).isEmpty();
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void aMissingFileALinkOutOfTheFolderAndAnSvgAreReportedWhereShown() throws IOException {
    Files.createDirectories(content.resolve("sources"));
    Path outside = Files.copy(PNG, content.resolve("outside.png"));
    Files.createSymbolicLink(content.resolve("sources/linked.png"), outside);
    Files.writeString(content.resolve("sources/drawing.svg"), "<svg onload=\"alert(1)\"></svg>");

    LocalImages images = read(showing("gone.png", "linked.png", "drawing.svg"));

    assertThat(images.all()).isEmpty();
    assertThat(diagnostics).extracting(Diagnostic::format).containsExactly(
        "notes.md:3: warning: image \"drawing.svg\" is not a PNG, JPEG, GIF or WebP picture (SVG can carry scripts) "
            + "(save it as PNG or JPEG; its alt text is shown meanwhile)",
        "notes.md:3: warning: image \"gone.png\" is not in the sources folder (add the file beside the document or "
            + "fix the path; its alt text is shown meanwhile)",
        "notes.md:3: warning: image \"linked.png\" links to a file outside the sources folder, so it is not shown "
            + "(copy the picture into content/sources/)");
  }

  @Test
  void thePictureKindComesFromTheBytesNotTheName() {
    assertThat(LocalImages.mediaType(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0})).hasValue("image/jpeg");
    assertThat(LocalImages.mediaType("GIF89a....".getBytes())).hasValue("image/gif");
    assertThat(LocalImages.mediaType("RIFF\0\0\0\0WEBPVP8 ".getBytes())).hasValue("image/webp");
    assertThat(LocalImages.mediaType("<svg></svg>".getBytes())).isEmpty();
  }
}
