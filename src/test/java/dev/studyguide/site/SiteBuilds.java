package dev.studyguide.site;

import dev.studyguide.check.BuiltSite;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.pipeline.Build;
import dev.studyguide.pipeline.Guide;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Sites built by the real build driver for tests, each built once per test run (JVM) and shared by the test
 * classes that read it, so the KaTeX start-up and the 300-page render are paid once. Builds go under
 * {@code target/site-tests/} (kept after the run, to look at when a test fails); typeset formulas are cached in
 * {@code target/site-tests/math-cache} across builds and runs.
 */
public final class SiteBuilds {
  public static final Path CONTENT = Path.of("content");
  public static final Path MARKDOWN_HTML = Path.of("src/test/resources/fixtures/markdown-html/guide");
  public static final Path BAD_FORMULA = Path.of("src/test/resources/fixtures/bad-formula/guide");
  public static final Path TEMPLATES = Path.of("templates");
  public static final Path ROOT = Path.of("target", "site-tests");
  public static final Path MATH_CACHE = ROOT.resolve("math-cache");
  /** A GitHub Pages project address, as the Pages workflow passes it. */
  public static final String PAGES_URL = "https://user.github.io/repo/";

  private static final Map<String, BuiltSite> BUILT = new HashMap<>();
  private static Guide guide;

  private SiteBuilds() {}

  /** The real guide with relative links only (no base URL). */
  public static BuiltSite real() {
    return shared("real", CONTENT, "");
  }

  /** The real guide published at {@link #PAGES_URL}. */
  public static BuiltSite realAtPagesUrl() {
    return shared("real-pages-url", CONTENT, PAGES_URL);
  }

  /** The guide written with HTML, math spellings and images inside markdown (fixtures/markdown-html/guide). */
  public static BuiltSite markdownAsWritten() {
    return shared("markdown-html", MARKDOWN_HTML, "");
  }

  /** A guide of one note whose formula KaTeX rejects (fixtures/bad-formula/guide). */
  public static BuiltSite badFormula() {
    return shared("bad-formula", BAD_FORMULA, "");
  }

  private static synchronized BuiltSite shared(String name, Path content, String baseUrl) {
    BuiltSite site = BUILT.get(name);
    if (site == null) {
      Path out = ROOT.resolve(name);
      deleteTree(out);
      Build.Result result = build(content, TEMPLATES, out, MATH_CACHE, baseUrl);
      if (!result.published()) {
        throw new AssertionError("the build of " + content + " was not published: " + result.diagnostics());
      }
      site = new BuiltSite(out, result.diagnostics());
      BUILT.put(name, site);
    }
    return site;
  }

  /** The real guide as read and organised (corpus and topic graph), read once. */
  public static synchronized Guide realGuide() {
    if (guide == null) {
      guide = Guide.load(CONTENT);
    }
    return guide;
  }

  public static TopicGraph realGraph() {
    return realGuide().graph().orElseThrow();
  }

  /** One run of the real build driver; prints its total time, to keep an eye on the tests' cost. */
  public static Build.Result build(Path content, Path templates, Path out, Path mathCache, String baseUrl) {
    long start = System.nanoTime();
    try {
      return new Build(line -> {}).run(new Build.Options(content, templates, out, mathCache, baseUrl));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      System.out.printf("built %s into %s in %d ms%n", content, out, (System.nanoTime() - start) / 1_000_000);
    }
  }

  public static List<String> errors(List<Diagnostic> diagnostics) {
    return diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
