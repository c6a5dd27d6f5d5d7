package dev.studyguide.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The whole check, part by part: the content's findings, then the built site, then accessibility in a browser. */
public final class Check {

  /**
   * What to check besides the content.
   *
   * @param out the built site
   * @param cache where axe-core is cached
   * @param browser whether to run the accessibility part (it needs Chromium)
   */
  public record Options(Path out, Path cache, boolean browser) {}

  private Check() {}

  /** The report on the content (checked by the caller, with {@link ContentCheck}) and on the site. */
  public static CheckReport run(ContentCheck.Result content, long contentMillis, Options options) {
    long start = System.nanoTime();
    List<Finding> findings = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Map<String, Long> figures = new LinkedHashMap<>();

    figures.put("ms content", contentMillis);
    findings.addAll(content.findings());
    figures.put("items", (long) content.items());
    figures.put("topics", (long) content.topics());
    figures.put("formulas", (long) content.formulas());

    long partStart = System.nanoTime();
    SiteCheck.Result site = SiteCheck.run(options.out());
    figures.put("ms site", millisSince(partStart));
    findings.addAll(site.findings());
    figures.put("pages", (long) site.pages());
    figures.put("internal links", (long) site.links());
    figures.put("pages validated (Nu Html Checker)", (long) site.validated());
    if (!site.skipped().isEmpty()) {
      skipped.add(site.skipped());
    }

    if (!options.browser()) {
      skipped.add("accessibility (axe-core) not checked: --no-browser");
    } else if (site.pages() > 0) {
      partStart = System.nanoTime();
      AccessibilityCheck.Result a11y = AccessibilityCheck.run(new BuiltSite(options.out()), options.cache());
      figures.put("ms accessibility", millisSince(partStart));
      findings.addAll(a11y.findings());
      figures.put("pages checked for accessibility (axe-core " + AxeCore.VERSION + ")", (long) a11y.pages().size());
      if (!a11y.skipped().isEmpty()) {
        skipped.add(a11y.skipped());
      }
    }
    figures.put("ms in all", contentMillis + millisSince(start));
    return new CheckReport(findings, skipped, figures);
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
