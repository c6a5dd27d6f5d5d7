package dev.studyguide.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.studyguide.cli.ExitCode;
import dev.studyguide.cli.Main;
import dev.studyguide.source.ContentFixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code studyguide check} end to end on a one-source content folder and a small site: each broken input is
 * reported at its {@code file:line} with the right exit code, in text and in JSON.
 */
class CheckCommandTest {
  private static final String TOPICS = "categories:\n  - {id: it, title: Information theory}\ntopics:\n"
      + "  - {id: entropy, title: Entropy, category: it}\n"
      + "  - {id: cross-entropy, title: Cross-entropy, category: it, prerequisites: [entropy]}\n";

  @TempDir Path tmp;
  Path content;
  Path site;
  String out;
  String err;

  @BeforeEach
  void aOneQuestionGuideAndAValidSite() throws IOException {
    content = new ContentFixture(tmp.resolve("content")).guideWithSource("x.txt", "web-qa")
        .source("x.txt", "Title\nQ1: What is entropy?\nAnswer: The expected surprise of a random variable.\n").dir();
    Files.writeString(content.resolve("topics.yaml"), TOPICS);
    site = tmp.resolve("site");
    Files.createDirectories(site);
    Files.writeString(site.resolve("index.html"), SiteFixtureCheckTest.page("Home", "<main><h1>Home</h1></main>"));
  }

  int check(String... options) {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    String[] args = new String[options.length + 8];
    System.arraycopy(new String[] {"check", "--content", content.toString(), "--out", site.toString(), "--cache",
        tmp.resolve("cache").toString(), "--no-browser"}, 0, args, 0, 8);
    System.arraycopy(options, 0, args, 8, options.length);
    int status = Main.commandLine(new PrintWriter(stdout, true), new PrintWriter(stderr, true)).execute(args);
    out = stdout.toString();
    err = stderr.toString();
    return status;
  }

  @Test
  void aCleanGuideAndSitePassWithTheEmptyTopicAsANote() {
    assertThat(check()).isEqualTo(ExitCode.OK);
    assertThat(out).contains("topics.yaml:5: info: [content] topic cross-entropy has no items")
        .contains("skipped: accessibility (axe-core) not checked: --no-browser")
        .contains("0 error(s), 0 warning(s), 1 note(s)");
    assertThat(err).isEmpty();
  }

  @Test
  void aPrerequisiteCycleIsAnErrorAtTheTopicsLine() throws IOException {
    Files.writeString(content.resolve("topics.yaml"), TOPICS.replace("category: it}\n  - {id: cross",
        "category: it, prerequisites: [cross-entropy]}\n  - {id: cross"));
    assertThat(check()).isEqualTo(ExitCode.CONTENT_ERRORS);
    assertThat(out).contains("topics.yaml:4: error: [content] prerequisite cycle: entropy → cross-entropy → entropy");
  }

  @Test
  void anOverrideThatMatchesNothingIsAWarningThatOnlyStrictTurnsIntoAFailure() throws IOException {
    Files.writeString(content.resolve("overrides.yaml"), "pin:\n  - item: \"x Q9\"\n    topic: entropy\n");
    assertThat(check()).isEqualTo(ExitCode.OK);
    assertThat(out).contains("overrides.yaml:2: warning: [content] pin 'x Q9' matches no item");
    assertThat(check("--strict")).isEqualTo(ExitCode.CONTENT_ERRORS);
    assertThat(out).contains("overrides.yaml:2: error: [content] pin 'x Q9' matches no item")
        .contains("(--strict: warnings are errors)");
  }

  @Test
  void anUnknownTopicIdIsAnError() throws IOException {
    Files.writeString(content.resolve("overrides.yaml"), "pin:\n  - item: \"x Q1\"\n    topic: no-such-topic\n");
    assertThat(check()).isEqualTo(ExitCode.CONTENT_ERRORS);
    assertThat(out).contains("overrides.yaml:2: error: [content] pin names unknown topic 'no-such-topic'");
  }

  @Test
  void aLabelUsedTwiceInASourceIsReportedAtItsLine() throws IOException {
    Files.writeString(content.resolve("sources/x.txt"), "Title\nQ1: What is entropy?\nAnswer: Expected surprise.\n"
        + "Q1: What is cross-entropy?\nAnswer: Expected surprise under another distribution.\n");
    check();
    assertThat(out).contains("x.txt:4: warning: [content] label Q1 is used twice");
  }

  @Test
  void theJsonReportParsesAndCarriesEachFindingWithItsPlace() throws Exception {
    Files.writeString(site.resolve("index.html"), SiteFixtureCheckTest.page("Home",
        "<main><h1>Home</h1>\n<a href=\"gone.html\">gone</a></main>"));
    assertThat(check("--format", "json")).isEqualTo(ExitCode.CONTENT_ERRORS);
    JsonNode report = new ObjectMapper().readTree(out);
    assertThat(report.get("ok").asBoolean()).isFalse();
    assertThat(report.get("counts").get("error").asInt()).isEqualTo(1);
    assertThat(report.get("figures").get("pages").asInt()).isEqualTo(1);
    JsonNode broken = null;
    for (JsonNode finding : report.get("findings")) {
      broken = finding.get("level").asText().equals("error") ? finding : broken;
    }
    assertThat(broken.get("area").asText()).isEqualTo("links");
    assertThat(broken.get("file").asText()).isEqualTo("index.html");
    assertThat(broken.get("line").asInt()).isEqualTo(9);
    assertThat(broken.get("message").asText()).isEqualTo("<a> gone.html → no such file");
  }

  @Test
  void noBuiltSiteIsAnErrorThatSaysToBuildFirst() throws IOException {
    site = tmp.resolve("nothing-here");
    assertThat(check()).isEqualTo(ExitCode.CONTENT_ERRORS);
    assertThat(out).contains("no built site here (no index.html) (build it first: ./studyguide build --out");
  }
}
