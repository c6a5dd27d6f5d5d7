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
}
