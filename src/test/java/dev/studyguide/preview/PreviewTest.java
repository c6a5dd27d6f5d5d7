package dev.studyguide.preview;

import dev.studyguide.Folders;
import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.pipeline.Build;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code studyguide serve} on a small fixture guide: what it serves, and how it survives edits. */
class PreviewTest {
  private static final Path FIXTURE = Path.of("src/test/resources/fixtures/site/script");
  private static final Path CACHE = Path.of("target/test-math-cache");

  @TempDir Path tmp;
  private Path content;
  private Preview preview;
  private String url;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void start() throws Exception {
    content = tmp.resolve("content");
    Folders.copy(FIXTURE, content);
    preview = new Preview(new Build.Options(content, Path.of("templates"), tmp.resolve("site"), CACHE, ""), line -> { });
    url = preview.start(0);
    preview.awaitQuiet(); // on a cold cache the first build's PDFs are laid out, then published, in the background
  }

  @AfterEach
  void stop() throws IOException {
    preview.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url.substring(0, url.length() - 1) + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesTheBuiltSiteOnLoopbackWithTheReloadScript() throws Exception {
    assertThat(url).startsWith("http://127.0.0.1:");
    HttpResponse<String> home = get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("__studyguide/state").contains("</html>");
  }

  @Test
  void servesNothingOutsideTheOutputFolder() throws Exception {
    for (String path : new String[] {"/../pom.xml", "/%2e%2e/pom.xml", "/..%2fpom.xml", "/%2e%2e%2f%2e%2e/etc/passwd",
        "/topics/..%5c..%5cpom.xml", "/nope.html"}) {
      // Sent as written: the client must not normalise the dots away before the server sees them.
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body()).as(path).doesNotContain("<artifactId>");
    }
  }

  @Test
  void rebuildsOnAnEditAndKeepsTheLastGoodSiteThroughABrokenOne() throws Exception {
    long before = preview.state().version();
    Path source = content.resolve("sources/000_script.txt");
    Files.writeString(source, Files.readString(source) + "\nQ9: What does an edit do?\nAnswer: It shows up.\n");
    awaitState(s -> s.version() > before && !s.failed());
    assertThat(get("/sources/000_script.html").body()).contains("What does an edit do?");

    Files.writeString(content.resolve("guide.yaml"), "title: [broken\n");
    awaitState(BuildState::failed);
    assertThat(preview.state().error()).contains("guide.yaml:");
    assertThat(get("/sources/000_script.html").body()).contains("What does an edit do?");

    Folders.copy(FIXTURE, content); // the fix: the original guide.yaml (and source) again
    awaitState(s -> !s.failed());
    assertThat(get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void aPageWaitingForTheNextBuildHearsOfItAsSoonAsItIsPublished() throws Exception {
    long version = preview.state().version();
    var waiting = http.sendAsync(HttpRequest.newBuilder(URI.create(url + "__studyguide/state?since=" + version
        + "&failed=0")).build(), HttpResponse.BodyHandlers.ofString());
    Thread.sleep(300);
    assertThat(waiting).as("held while nothing changed").isNotDone();

    Path source = content.resolve("sources/000_script.txt");
    Files.writeString(source, Files.readString(source) + "\nQ9: What does an edit do?\nAnswer: It shows up.\n");

    String answer = waiting.get(60, java.util.concurrent.TimeUnit.SECONDS).body();
    assertThat(answer).startsWith("{\"version\":" + (version + 1) + ",");
    assertThat(get("/sources/000_script.html").body()).contains("What does an edit do?");
  }

  private void awaitState(java.util.function.Predicate<BuildState> condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.test(preview.state())) {
      assertThat(System.nanoTime()).as("waited 60 s for the rebuild").isLessThan(deadline);
      Thread.sleep(50);
    }
  }
}
