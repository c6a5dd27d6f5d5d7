package dev.studyguide.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * axe-core run in headless Chromium on a sample of the site's page kinds (home, a category, a topic with math,
 * all questions, a source, search, the packs): a serious or critical violation is an error, a moderate one a
 * warning, a minor one a note. Where Chromium or axe-core is missing, the part is skipped with a notice.
 */
public final class AccessibilityCheck {
  private static final String RUN_AXE = """
      axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v => ({
        id: v.id, impact: v.impact || 'minor', help: v.help, url: v.helpUrl, count: v.nodes.length,
        targets: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))""";

  /** What was found, which pages were opened, and why the part was skipped (empty when it ran). */
  public record Result(List<Finding> findings, List<String> pages, String skipped) {}

  private AccessibilityCheck() {}

  public static Result run(BuiltSite site, Path cache) {
    return run(site, cache, Programs.chromium());
  }

  /** Runs with the given Chromium binary, or reports the part skipped when there is none. */
  static Result run(BuiltSite site, Path cache, Optional<String> chromium) {
    if (chromium.isEmpty()) {
      return new Result(List.of(), List.of(), "chromium is not installed: accessibility (axe-core) not checked");
    }
    AxeCore.Either axe = AxeCore.find(cache);
    if (axe.script().isEmpty()) {
      return new Result(List.of(), List.of(), axe.missing() + ": accessibility (axe-core) not checked");
    }
    List<String> pages = sample(site);
    List<Finding> findings = new ArrayList<>();
    try (Chromium browser = Chromium.start(chromium.get(), 1280, 900)) {
      String script = Files.readString(axe.script().get(), StandardCharsets.UTF_8);
      for (String page : pages) {
        browser.load(site.root().toAbsolutePath().resolve(page).toUri().toString(), "true");
        browser.eval(script + "\n;true");
        for (JsonNode v : browser.eval(RUN_AXE)) {
          findings.add(finding(page, v));
        }
      }
    } catch (Exception e) {
      return new Result(findings, pages, "chromium failed while checking accessibility: " + e.getMessage());
    }
    return new Result(findings, pages, "");
  }

  private static Finding finding(String page, JsonNode v) {
    String impact = v.path("impact").asText();
    String message = impact + " accessibility violation " + v.path("id").asText() + ": " + v.path("help").asText()
        + " (" + v.path("count").asInt() + " element(s), e.g. " + String.join(", ", Chromium.list(v.path("targets")))
        + ")";
    String hint = "see " + v.path("url").asText();
    Finding.Level level = switch (impact.toLowerCase(Locale.ROOT)) {
      case "critical", "serious" -> Finding.Level.ERROR;
      case "moderate" -> Finding.Level.WARNING;
      default -> Finding.Level.INFO;
    };
    return new Finding(level, Finding.Area.ACCESSIBILITY, page, 0, message, hint);
  }

  /** One page of each kind that exists in this site, in a fixed order. */
  static List<String> sample(BuiltSite site) {
    List<String> pages = new ArrayList<>();
    add(site, pages, Crawl.HOME);
    first(site, pages, "categories", html -> true);
    first(site, pages, "topics", html -> html.contains("class=\"katex"));
    add(site, pages, "questions/index.html");
    first(site, pages, "sources", html -> true);
    add(site, pages, "search.html");
    add(site, pages, "packs/index.html");
    first(site, pages, "packs", html -> !html.isEmpty());
    return pages.stream().distinct().toList();
  }

  private static void add(BuiltSite site, List<String> pages, String page) {
    if (site.exists(page)) {
      pages.add(page);
    }
  }

  private static void first(BuiltSite site, List<String> pages, String folder,
      java.util.function.Predicate<String> fits) {
    site.pagesUnder(folder).stream().filter(p -> !p.endsWith("/index.html")).filter(p -> fits.test(site.text(p)))
        .findFirst().ifPresent(pages::add);
  }
}
