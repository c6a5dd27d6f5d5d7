package dev.studyguide.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs after the other outputs: {@code sitemap.xml} lists every page they wrote (but the 404 page), and
 * {@code robots.txt} points to it. A sitemap holds absolute URLs only (sitemaps.org), so it is written only when
 * the site's address is known.
 */
public final class SitemapOutput implements Output {
  record Sitemap(List<String> urls) {}

  record Robots(String sitemap) {}

  @Override
  public String name() {
    return "sitemap";
  }

  @Override
  public void write(RenderedGuide guide, RenderContext context, OutputFolder out) throws IOException {
    String baseUrl = guide.corpus().config().baseUrl();
    if (!baseUrl.isEmpty()) {
      out.write("sitemap.xml", context.templates().render("sitemap", new Sitemap(pages(out.dir()).stream()
          .map(page -> baseUrl + page).toList())));
    }
    out.write("robots.txt", context.templates().render("robots",
        new Robots(baseUrl.isEmpty() ? "" : baseUrl + "sitemap.xml")));
  }

  /** Every HTML page written so far, as site paths in a fixed order, the 404 page left out. */
  private static List<String> pages(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".html"))
          .map(f -> root.relativize(f).toString().replace('\\', '/'))
          .filter(p -> !p.equals("404.html"))
          .sorted((a, b) -> a.equals("index.html") ? -1 : b.equals("index.html") ? 1 : a.compareTo(b))
          .toList();
    }
  }
}
