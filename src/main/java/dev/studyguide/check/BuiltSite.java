package dev.studyguide.check;

import dev.studyguide.model.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * A built site folder read as a browser would: files by site-relative path ({@code topics/svm.html}), pages
 * parsed once (keeping each element's line, for reports), and links resolved against the page they are on.
 */
public final class BuiltSite {
  private final Path root;
  private final List<Diagnostic> diagnostics;
  private final Map<String, Document> parsed = new ConcurrentHashMap<>();

  /** A site folder as found on disk. */
  public BuiltSite(Path root) {
    this(root, List.of());
  }

  /** A site just built, with what its build reported. */
  public BuiltSite(Path root, List<Diagnostic> diagnostics) {
    this.root = root;
    this.diagnostics = List.copyOf(diagnostics);
  }

  public Path root() {
    return root;
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Every file, as a site-relative path with "/" separators, sorted. */
  public List<String> files() {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<String> pages() {
    return files().stream().filter(f -> f.endsWith(".html")).toList();
  }

  public List<String> pagesUnder(String folder) {
    return pages().stream().filter(p -> p.startsWith(folder + "/")).toList();
  }

  public boolean exists(String path) {
    return Files.isRegularFile(root.resolve(path));
  }

  public long size(String path) {
    try {
      return Files.size(root.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String text(String path) {
    try {
      return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Document page(String path) {
    return parsed.computeIfAbsent(path, p -> Jsoup.parse(text(p), "", Parser.htmlParser().setTrackPosition(true)));
  }

  /**
   * Where a link written on {@code fromPage} points inside this site, or empty when it leaves the site (another
   * scheme or host). A link starting with {@code baseUrl} (when given) is inside the site.
   */
  public static Optional<Target> resolve(String fromPage, String href, String baseUrl) {
    String h = href.strip();
    if (!baseUrl.isEmpty() && h.startsWith(baseUrl)) {
      h = h.substring(baseUrl.length());
      fromPage = "index.html";
    }
    if (h.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || h.startsWith("//")) {
      return Optional.empty();
    }
    URI target;
    try {
      target = URI.create("file:///site/").resolve(fromPage)
          .resolve(new URI(null, null, pathPart(h), null).toString() + fragmentPart(h)).normalize();
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      throw new IllegalArgumentException("malformed link " + href + " on " + fromPage, e);
    }
    if (!target.getPath().startsWith("/site/")) {
      return Optional.of(new Target("../" + target.getPath(), "", ""));
    }
    String path = target.getPath().substring("/site/".length());
    if (path.isEmpty() || path.endsWith("/")) {
      path += "index.html";
    }
    String fragment = target.getFragment() == null ? "" : target.getFragment();
    String query = h.contains("?") ? h.substring(h.indexOf('?') + 1).replaceAll("#.*", "") : "";
    return Optional.of(new Target(path, fragment, query));
  }

  private static String pathPart(String href) {
    int cut = href.length();
    for (char c : new char[] {'#', '?'}) {
      int at = href.indexOf(c);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    return href.substring(0, cut);
  }

  private static String fragmentPart(String href) {
    int at = href.indexOf('#');
    return at < 0 ? "" : "#" + href.substring(at + 1);
  }

  /** A place inside the site: a file, an element id on it (or ""), and the query string (or ""). */
  public record Target(String path, String fragment, String query) {}
}
