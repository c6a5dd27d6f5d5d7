package dev.studyguide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.pack.PackOutput;
import dev.studyguide.site.SiteBuilds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build asked to leave PDFs for later (as serve does after an edit) publishes the pages at once without the
 * PDFs its cache lacks, and links none of them; laying them out and building again publishes them, linked.
 */
class BuildPdfsLaterTest {
  static final Path FIXTURE = Path.of("src/test/resources/fixtures/site/script");

  @TempDir Path tmp;

  @Test
  void publishesThePagesFirstAndThePdfsAfterTheyAreLaidOut() throws IOException {
    Build build = new Build(line -> { });
    Build.Options options = new Build.Options(FIXTURE, SiteBuilds.TEMPLATES, tmp.resolve("site"),
        tmp.resolve("cache"), "");
    Files.createDirectories(tmp.resolve("cache"));
    copyMath(SiteBuilds.MATH_CACHE, tmp.resolve("cache/katex"));

    Build.Result first = build.run(options, PackOutput.Pdfs.LATER);

    assertThat(first.published()).isTrue();
    assertThat(first.later()).isPresent();
    assertThat(pdfs()).isEmpty();
    assertThat(Files.readString(tmp.resolve("site/packs/index.html"))).doesNotContain(".pdf");

    first.later().get().run();
    Build.Result second = build.run(options, PackOutput.Pdfs.LATER);

    assertThat(second.later()).isEmpty();
    assertThat(pdfs()).isNotEmpty();
    for (String pdf : pdfs()) {
      assertThat(Files.readString(tmp.resolve("site/packs/index.html"))).contains("href=\"" + pdf + "\"");
    }
  }

  private java.util.List<String> pdfs() throws IOException {
    try (Stream<Path> files = Files.list(tmp.resolve("site/packs"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")).sorted().toList();
    }
  }

  private static void copyMath(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    if (Files.isDirectory(from)) {
      try (Stream<Path> files = Files.list(from)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Files.copy(file, to.resolve(file.getFileName()));
        }
      }
    }
  }
}
