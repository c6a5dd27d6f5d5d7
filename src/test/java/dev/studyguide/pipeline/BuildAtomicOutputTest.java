package dev.studyguide.pipeline;

import dev.studyguide.Folders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.render.Templates;
import dev.studyguide.site.SiteBuilds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder only ever holds a whole build: a build that fails, before writing or halfway through,
 * leaves the previous site exactly as it was (same files, same bytes, not rewritten) and no temporary
 * folders beside it; a build that succeeds replaces the site whole, stale files included.
 */
class BuildAtomicOutputTest {
  static final Path FIXTURE = Path.of("src/test/resources/fixtures/site/script");

  @TempDir Path tmp;
  Path content;
  Path out;
  SiteTree before;

  @BeforeEach
  void publishAGoodSite() throws IOException {
    content = Folders.copy(FIXTURE, tmp.resolve("content"));
    out = tmp.resolve("site");
    assertThat(build(content, SiteBuilds.TEMPLATES).published()).isTrue();
    before = SiteTree.of(out);
    assertThat(before.files()).containsKey("topics/injection.html");
  }

  @Test
  void aGuideYamlSyntaxErrorLeavesTheSiteAsItWas() throws IOException {
    Files.writeString(content.resolve("guide.yaml"), "title: Broken\nsources:\n  - file: 000_script.txt\n"
        + "    format: [web-qa\n");

    Build.Result result = build(content, SiteBuilds.TEMPLATES);

    assertThat(result.published()).isFalse();
    assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::file)
        .containsExactly("guide.yaml");
    assertThat(before.differences(SiteTree.of(out))).isEmpty();
    assertThat(siblingsOf(out)).containsExactly("content", "site");
  }

  @Test
  void aTemplateThatFailsHalfwayThroughWritingLeavesTheSiteAsItWas() throws IOException {
    Path templates = Folders.copy(SiteBuilds.TEMPLATES, tmp.resolve("templates"));
    // Topic pages are written after the home and category pages, so the staging folder is half full.
    Files.writeString(templates.resolve("topic.mustache"), "<h1>{{title}}</h1>\n{{#questions}}never closed\n");

    assertThatThrownBy(() -> build(content, templates)).isInstanceOf(Templates.TemplateException.class)
        .hasMessageContaining("topic.mustache");

    assertThat(before.differences(SiteTree.of(out))).isEmpty();
    assertThat(siblingsOf(out)).containsExactly("content", "site", "templates");
  }

  @Test
  void aSuccessfulBuildReplacesTheWholeSiteDroppingStaleFiles() throws IOException {
    Files.writeString(out.resolve("topics/removed-topic.html"), "<h1>a page from an older build</h1>");
    Files.writeString(content.resolve("topics.yaml"),
        Files.readString(content.resolve("topics.yaml")).replace("title: Variance", "title: Variance of estimators"));

    assertThat(build(content, SiteBuilds.TEMPLATES).published()).isTrue();

    SiteTree after = SiteTree.of(out);
    assertThat(after.files()).doesNotContainKey("topics/removed-topic.html");
    assertThat(new String(after.files().get("topics/variance.html").bytes(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("<h1>Variance of estimators</h1>");
    assertThat(siblingsOf(out)).containsExactly("content", "site");
  }

  private Build.Result build(Path contentDir, Path templates) {
    return SiteBuilds.build(contentDir, templates, out, SiteBuilds.MATH_CACHE, "");
  }

  private List<String> siblingsOf(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder.getParent())) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
