package dev.studyguide.search;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.pipeline.Build;
import dev.studyguide.render.OutputFolder;
import dev.studyguide.render.RenderContext;
import dev.studyguide.render.RenderedGuide;
import dev.studyguide.render.Templates;
import dev.studyguide.site.SiteOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real guide, read, rendered and indexed once per test run and shared by the search tests; the built site
 * (pages and search files) in {@code target/search-site}.
 */
final class SearchFixture {
  static final Path CONTENT = Path.of("content");
  static final Path TEMPLATES = Path.of("templates");
  /** The math cache the tests share, kept across runs under target/. */
  static final Path MATH_CACHE = Path.of("target", "test-cache", "katex");
  static final Path SITE = Path.of("target", "search-site").toAbsolutePath();

  private static RenderedGuide guide;
  private static SearchIndex index;
  private static boolean siteBuilt;

  private SearchFixture() {}

  static synchronized RenderedGuide guide() {
    if (guide == null) {
      List<Diagnostic> diagnostics = new ArrayList<>();
      guide = new Build(line -> {}).render(new Build.Options(CONTENT, TEMPLATES, SITE, MATH_CACHE, null), diagnostics)
          .orElseThrow(() -> new IllegalStateException("the real content has errors: " + diagnostics));
    }
    return guide;
  }

  static synchronized SearchIndex index() {
    if (index == null) {
      index = SearchIndex.build(guide());
    }
    return index;
  }

  /** The whole site as the build writes it: pages, assets and the search export. */
  static synchronized Path site() {
    if (!siteBuilt) {
      RenderContext context = new RenderContext(new Templates(TEMPLATES), new ArrayList<>());
      try (OutputFolder out = OutputFolder.beside(SITE, guide().formulas())) {
        new SiteOutput().write(guide(), context, out);
        new SearchOutput().write(guide(), context, out);
        out.commit();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      siteBuilt = true;
    }
    return SITE;
  }
}
