package dev.studyguide.site;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.pipeline.Build;
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
  public static final Path TEMPLATES = Path.of("templates");
  public static final Path ROOT = Path.of("target", "site-tests");
  public static final Path MATH_CACHE = ROOT.resolve("math-cache");
  /** A GitHub Pages project address, as the Pages workflow passes it. */
  public static final String PAGES_URL = "https://user.github.io/repo/";

  private static final Map<String, BuiltSite> BUILT = new HashMap<>();

  private SiteBuilds() {}

  /** The real guide with relative links only (no base URL). */
  public static BuiltSite real() {
    return shared("real", CONTENT, "");
  }

  /** The real guide published at {@link #PAGES_URL}. */
  public static BuiltSite realAtPagesUrl() {
    return shared("real-pages-url", CONTENT, PAGES_URL);
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

  /** One run of the real build driver. */
  public static Build.Result build(Path content, Path templates, Path out, Path mathCache, String baseUrl) {
    try {
      return new Build(line -> System.out.println("build " + out + ": " + line)).run(new Build.Options(content, templates, out, mathCache, baseUrl));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
