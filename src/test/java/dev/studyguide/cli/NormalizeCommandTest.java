package dev.studyguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.source.ContentFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NormalizeCommandTest {
  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
  }

  @Test
  void failsWithOneLinePerProblemAndNoStackTraceOnBrokenConfig() {
    new ContentFixture(tmp).guide("title: [unclosed\n");
    int code = run("normalize", "--json", "--content", tmp.toString());
    assertThat(code).isEqualTo(ExitCode.CONTENT_ERRORS);
    assertThat(err.toString()).startsWith("guide.yaml:").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void rejectsUnknownOptionsAsUsageErrors() {
    assertThat(run("normalize", "--bogus")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("--bogus");
  }

  @Test
  void writesTheSameJsonForTheSameInput() throws Exception {
    Path a = tmp.resolve("a.json");
    Path b = tmp.resolve("b.json");
    assertThat(run("normalize", "--json", "--out", a.toString())).isEqualTo(ExitCode.OK);
    assertThat(run("normalize", "--json", "--out", b.toString())).isEqualTo(ExitCode.OK);
    assertThat(java.nio.file.Files.readAllBytes(a)).isEqualTo(java.nio.file.Files.readAllBytes(b));
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(a.toFile());
    assertThat(json.get("items")).hasSize(393);
    var first = json.get("items").get(0);
    assertThat(first.get("kind").asText()).isEqualTo("question");
    assertThat(first.get("sources").get(0).get("file").asText()).isEqualTo("000_4990951e695175c5.txt");
    assertThat(first.get("sources").get(0).get("lines")).hasSize(2);
    assertThat(first.get("sources").get(0).get("label").asText()).isEqualTo("#1");
  }

  @Test
  void writesIntoADeviceInsteadOfReplacingIt() throws Exception {
    Path devNull = Path.of("/dev/null");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(devNull), "no /dev/null here");
    assertThat(run("normalize", "--json", "--out", devNull.toString())).isEqualTo(ExitCode.OK);
    assertThat(java.nio.file.Files.isRegularFile(devNull)).as("/dev/null is still a device").isFalse();
  }
}
