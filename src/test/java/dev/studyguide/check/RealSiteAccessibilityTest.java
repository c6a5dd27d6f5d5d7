package dev.studyguide.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.studyguide.site.SiteBuilds;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * axe-core in headless Chromium on one page of each kind of the real site: no serious or critical violation.
 * Skipped, with the reason, where Chromium is missing or axe-core cannot be installed from npm.
 */
class RealSiteAccessibilityTest {
  static final Path CACHE = Path.of("target", "check-cache");

  @Test
  void noPageKindHasASeriousOrCriticalViolation() {
    assumeTrue(Programs.chromium().isPresent(), "chromium is not installed: the accessibility check is skipped");
    AxeCore.Either axe = AxeCore.find(CACHE);
    assumeTrue(axe.script().isPresent(), axe.missing());
    BuiltSite site = SiteBuilds.real();

    AccessibilityCheck.Result result = AccessibilityCheck.run(site, CACHE);

    assertThat(result.skipped()).isEmpty();
    assertThat(result.pages()).hasSize(8).contains("index.html", "questions/index.html", "search.html",
        "packs/index.html").anyMatch(p -> p.startsWith("categories/")).anyMatch(p -> p.startsWith("topics/"))
        .anyMatch(p -> p.startsWith("sources/")).anyMatch(p -> p.matches("packs/[a-z-]+\\.html") && !p.endsWith("/index.html"));
    result.findings().forEach(f -> System.out.println(f.format()));
    assertThat(result.findings()).filteredOn(f -> f.level() == Finding.Level.ERROR).extracting(Finding::format)
        .as("serious or critical violations").isEmpty();
    // Moderate and minor ones too, so `check --strict` passes on the site (the pack page's switch sits in <main>).
    assertThat(result.findings()).filteredOn(f -> f.level() != Finding.Level.INFO).extracting(Finding::format)
        .isEmpty();
  }

  @Test
  void theSampleTakesATopicThatShowsMath() {
    BuiltSite site = SiteBuilds.real();
    String topic = AccessibilityCheck.sample(site).stream().filter(p -> p.startsWith("topics/")).findFirst()
        .orElseThrow();
    assertThat(site.page(topic).select(".katex")).isNotEmpty();
  }
}
