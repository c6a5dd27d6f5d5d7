package dev.studyguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `init` scaffolds a guide that the real pipeline builds and checks clean, and never writes over files. */
class InitCommandTest {
  @TempDir Path temp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  @Test
  void aNewGuideBuildsAndChecksClean() throws Exception {
    Path guide = temp.resolve("my-guide");
    assertThat(run("init", guide.toString())).isEqualTo(ExitCode.OK);
    assertThat(guide.resolve("content/guide.yaml")).content().contains("file: example.md");
    assertThat(guide.resolve("content/topics.yaml")).content().contains("categories:");
    assertThat(guide.resolve("content/overrides.yaml")).content().contains("pin: []");
    assertThat(guide.resolve("content/sources/example.md")).content().contains("<summary>").contains("Q: ");
    assertThat(guide.resolve(".github/workflows/pages.yml")).content()
        .contains("STUDYGUIDE_REPOSITORY").contains("--content ../content --out ../site").contains("check --strict");

    String content = guide.resolve("content").toString();
    String site = guide.resolve("site").toString();
    String cache = temp.resolve("cache").toString();
    assertThat(run("build", "--content", content, "--out", site, "--cache", cache, "--quiet"))
        .as(err.toString()).isEqualTo(ExitCode.OK);
    assertThat(err.toString()).doesNotContain("error");
    // The example shows each shape the general reader takes, so every one of them must come through as a question.
    assertThat(guide.resolve("site/questions/index.html")).content()
        .contains("State Bayes&#39; theorem").contains("learning rate is too large")
        .contains("Why does L2 regularization").contains("Define precision and recall")
        .contains("scaled dot-product attention").contains("difficulty-easy");
    assertThat(run("check", "--content", content, "--out", site, "--cache", cache, "--no-browser"))
        .as(out.toString()).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).contains("0 error(s)").doesNotContain("warning: [content]");
  }

  @Test
  void refusesAFolderThatHoldsFiles() throws Exception {
    Path taken = temp.resolve("taken");
    Files.createDirectories(taken);
    Files.writeString(taken.resolve("notes.md"), "mine");
    assertThat(run("init", taken.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("is not empty").doesNotContain("Exception");
    assertThat(Files.readString(taken.resolve("notes.md"))).isEqualTo("mine");
    assertThat(taken.resolve("content")).doesNotExist();
  }
}
