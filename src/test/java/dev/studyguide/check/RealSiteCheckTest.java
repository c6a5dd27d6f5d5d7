package dev.studyguide.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.graph.GraphBuilder;
import dev.studyguide.graph.MergeRule;
import dev.studyguide.graph.Overrides;
import dev.studyguide.graph.TaxonomyLoader;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.site.SiteBuilds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code studyguide check} on the real guide, built once into target/ as the site tests build it: the site has no
 * broken link, no orphan page and no HTML error; with the editors' corrections and pins the content has no
 * warning either, so {@code check --strict} passes.
 */
class RealSiteCheckTest {
  static BuiltSite site;
  static SiteCheck.Result siteResult;
  static ContentCheck.Result content;

  @BeforeAll
  static void checkTheRealGuide() {
    site = SiteBuilds.real();
    long start = System.nanoTime();
    siteResult = SiteCheck.run(site.root());
    System.out.printf("site check: %d pages validated in %d ms%n", siteResult.validated(),
        (System.nanoTime() - start) / 1_000_000);
    var guide = SiteBuilds.realGuide();
    content = ContentCheck.of(guide.corpus(), guide.graph(), guide.diagnostics(), SiteBuilds.MATH_CACHE);
  }

  @Test
  void everyPageIsValidatedAndNoneHasAnHtmlErrorABrokenLinkOrIsAnOrphan() {
    assertThat(siteResult.skipped()).isEmpty();
    assertThat(siteResult.validated()).isEqualTo(site.pages().size()).isGreaterThan(320);
    assertThat(siteResult.findings()).filteredOn(f -> f.level() == Finding.Level.ERROR).extracting(Finding::format)
        .isEmpty();
    assertThat(siteResult.links()).isGreaterThan(15 * site.pages().size());
  }

  @Test
  void theSiteHasNoWarningAndKatexPrivateUseGlyphsAreNotesWithTheReason() {
    // What keeps `check --strict` passing on the site: the pack pages are HTML5 (XHTML only for the PDFs).
    assertThat(siteResult.findings()).filteredOn(f -> f.level() != Finding.Level.INFO).extracting(Finding::format)
        .isEmpty();
    assertThat(siteResult.findings()).filteredOn(f -> f.message().startsWith(PrivateUseGlyphs.MESSAGE))
        .isNotEmpty()
        .allSatisfy(f -> {
          assertThat(f.level()).isEqualTo(Finding.Level.INFO);
          assertThat(f.hint()).isEqualTo(PrivateUseGlyphs.REASON);
        });
  }

  @Test
  void theRealContentHasNoWarningSoCheckStrictPasses() {
    // guide.yaml corrects the sheet's two faults and overrides.yaml confirms the two placements the build guessed.
    assertThat(content.findings()).filteredOn(f -> f.level() != Finding.Level.INFO).extracting(Finding::format)
        .isEmpty();
    assertThat(content.formulas()).isEqualTo(509);
  }

  @Test
  void withoutTheEditorsPinsEachItemPlacedByGuessIsAWarningAtItsSourceLine() {
    var guide = SiteBuilds.realGuide();
    TopicGraph unpinned = new GraphBuilder(TaxonomyLoader.load(SiteBuilds.CONTENT, new ArrayList<>()).orElseThrow(),
        Overrides.NONE, MergeRule.DEFAULT_THRESHOLD).build(guide.corpus(), new ArrayList<>());
    List<Finding> guessed = ContentCheck.review(unpinned).stream().filter(f -> f.message().contains("placed by guess"))
        .toList();
    assertThat(guessed).hasSize(unpinned.report().guessed().size()).isNotEmpty()
        .allSatisfy(f -> assertThat(f.level()).isEqualTo(Finding.Level.WARNING));
    assertThat(guessed).extracting(Finding::format).contains("002_4ee8b97069de0e12.txt:595: warning: [content] \"Rank\""
        + " fits no topic by name; placed by guess on matrix-rank (confirm it with a pin in overrides.yaml, or add an"
        + " alias to the topic in topics.yaml)");
  }

  @Test
  void eachEmptyTopicIsANoteAtItsTaxonomyLine() {
    TopicGraph graph = SiteBuilds.realGraph();
    List<Finding> empty = content.findings().stream().filter(f -> f.message().endsWith("has no items")).toList();
    assertThat(empty).hasSize(graph.report().emptyTopics().size())
        .allSatisfy(f -> {
          assertThat(f.level()).isEqualTo(Finding.Level.INFO);
          assertThat(f.file()).isEqualTo("topics.yaml");
          assertThat(f.line()).isPositive();
        });
  }
}
