package dev.studyguide.pipeline;

import dev.studyguide.Folders;
import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.site.SiteBuilds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve's rebuild after an edit publishes the pages first, beside the rest of the last site as it was, then the
 * whole site; the published site stays whole at both steps and the old one is never written through.
 */
class BuildPagesFirstTest {
  static final Path FIXTURE = Path.of("src/test/resources/fixtures/site/script");
  static final String PAGE = "sources/000_script.html";
  static final String INDEX = "search/index.js";

  @TempDir Path tmp;

  @Test
  void publishesTheEditedPagesFirstThenTheWholeSite() throws IOException {
    Path content = Folders.copy(FIXTURE, tmp.resolve("content"));
    Path site = tmp.resolve("site");
    Build build = new Build(line -> { });
    Build.Options options = new Build.Options(content, SiteBuilds.TEMPLATES, site, SiteBuilds.MATH_CACHE, "");
    assertThat(build.run(options).published()).isTrue();
    String indexBefore = Files.readString(site.resolve(INDEX));
    String pageBefore = Files.readString(site.resolve(PAGE));
    Path oldPage = Files.createLink(tmp.resolve("old-page.html"), site.resolve(PAGE)); // the published file itself
    Path source = content.resolve("sources/000_script.txt");
    Files.writeString(source, Files.readString(source) + "\nQ9: What does an edit do?\nAnswer: It shows up.\n");

    AtomicReference<String> pageAtFirst = new AtomicReference<>();
    AtomicReference<String> indexAtFirst = new AtomicReference<>();
    Build.Result result = build.runPagesFirst(options, () -> {
      pageAtFirst.set(read(site.resolve(PAGE)));
      indexAtFirst.set(read(site.resolve(INDEX)));
    });

    assertThat(result.published()).isTrue();
    assertThat(pageAtFirst.get()).contains("What does an edit do?");
    assertThat(indexAtFirst.get()).isEqualTo(indexBefore);
    assertThat(Files.readString(site.resolve(INDEX))).isNotEqualTo(indexBefore);
    assertThat(Files.readString(site.resolve(PAGE))).isEqualTo(pageAtFirst.get());
    assertThat(Files.readString(oldPage)).as("the published file was replaced, not written through")
        .isEqualTo(pageBefore);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
