package dev.studyguide.pipeline;

import dev.studyguide.Folders;
import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.site.SiteBuilds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loader kept across edits (as serve keeps one) reuses what it remembers from the last load, and what it
 * builds is exactly what a fresh load of the edited content builds: reuse saves time, never changes the guide.
 */
class GuideLoaderTest {
  static final String CHAT = "000_4990951e695175c5.txt";

  @TempDir Path tmp;
  Path content;

  @BeforeEach
  void copyTheRealContent() {
    content = Folders.copy(SiteBuilds.CONTENT, tmp.resolve("content"));
  }

  @Test
  void aReusedLoaderBuildsTheSameGraphAsAFreshOneAfterAQuestionIsEdited() throws IOException {
    GuideLoader loader = new GuideLoader();
    String before = GraphJson.write(loader.load(content).graph().orElseThrow());

    // #5 now asks about the VC dimension of linear classifiers: the question moves, nothing else should.
    edit(CHAT, "What is VC dimension? Why does it matter in learning theory?",
        "What is the VC dimension of a linear classifier? Why does it matter in learning theory?");
    String reused = GraphJson.write(loader.load(content).graph().orElseThrow());
    String fresh = GraphJson.write(Guide.load(content).graph().orElseThrow());

    assertThat(reused).isEqualTo(fresh).isNotEqualTo(before).contains("What is the VC dimension of a linear classifier?");
  }

  @Test
  void aReusedLoaderFollowsAnEditedNoteAndAnEditedTaxonomy() throws IOException {
    GuideLoader loader = new GuideLoader();
    loader.load(content);

    // A note's text feeds the topic index every question is placed against; a new alias changes the analyzer.
    edit("003_dcea033053920c7d.txt", "Key Distance Measures", "Key Distance and Similarity Measures");
    edit("../topics.yaml", "title: Covariance and correlation\n", "title: Covariance and correlation coefficients\n");
    String reused = GraphJson.write(loader.load(content).graph().orElseThrow());
    String fresh = GraphJson.write(Guide.load(content).graph().orElseThrow());

    assertThat(reused).isEqualTo(fresh).contains("Key Distance and Similarity Measures")
        .contains("Covariance and correlation coefficients");
  }

  private void edit(String source, String from, String to) throws IOException {
    Path file = content.resolve("sources").resolve(source).normalize();
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }
}
