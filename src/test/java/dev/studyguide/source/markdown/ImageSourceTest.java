package dev.studyguide.source.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageSourceTest {
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private Inline read(String file, String src) {
    return ImageSource.read(file, src, "a plot", 7, diagnostics);
  }

  @Test
  void aRelativePathResolvesFromTheDocumentsFolderInsideTheSources() {
    assertThat(read("notes.md", "img/Screen%20Shot.png?raw=true")).isEqualTo(new Inline.Image("img/Screen Shot.png",
        "a plot", 7));
    assertThat(read("ml/notes.md", "../img/./a.png")).isEqualTo(new Inline.Image("img/a.png", "a plot", 7));
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void aPathOutOfTheSourcesFolderLeavesItsAltTextAndIsReported() {
    assertThat(read("notes.md", "../../etc/passwd")).isEqualTo(new Inline.Text("a plot"));
    assertThat(read("notes.md", "/etc/passwd")).isEqualTo(new Inline.Text("a plot"));
    assertThat(read("notes.md", "C:\\pics\\a.png")).isEqualTo(new Inline.Text("a plot"));
    assertThat(diagnostics).extracting(Diagnostic::format).first().isEqualTo("notes.md:7: warning: image "
        + "\"../../etc/passwd\" lies outside the sources folder, so it is not shown (its alt text is) (put the image "
        + "in content/sources/ beside the document and link it by a relative path)");
    assertThat(diagnostics).hasSize(3);
  }

  @Test
  void aRemoteImageStaysAnAddressAndOtherSchemesAreRefused() {
    assertThat(read("notes.md", "https://x.org/a.png")).isEqualTo(new Inline.Image("https://x.org/a.png", "a plot", 7));
    assertThat(read("notes.md", "//x.org/a.png")).isEqualTo(new Inline.Image("https://x.org/a.png", "a plot", 7));
    assertThat(read("notes.md", "javascript:alert(1)")).isEqualTo(new Inline.Text("a plot"));
    assertThat(read("notes.md", "data:image/png;base64,AAAA")).isEqualTo(new Inline.Text("a plot"));
    assertThat(diagnostics).extracting(Diagnostic::message).containsExactly(
        "image \"javascript:alert(1)\" is not shown, its alt text is",
        "image \"data:image/png;base64,AAAA\" is not shown, its alt text is");
  }
}
