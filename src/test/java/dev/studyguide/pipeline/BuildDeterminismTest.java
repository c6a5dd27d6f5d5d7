package dev.studyguide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.check.BuiltSite;
import dev.studyguide.site.SiteBuilds;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same content builds into the same bytes. The second build reads every formula from the math cache the
 * shared test build filled; on a fresh checkout (CI) that first build typeset every formula with KaTeX, so the
 * comparison also shows that cached math is byte-for-byte what KaTeX writes. (A cold build in the test JVM
 * costs 20-40 s on two cores, so this test does not force one.)
 */
class BuildDeterminismTest {

  @Test
  void twoBuildsOfTheRealGuideAreByteIdentical(@TempDir Path tmp) {
    BuiltSite first = SiteBuilds.real();
    Build.Result second = SiteBuilds.build(SiteBuilds.CONTENT, SiteBuilds.TEMPLATES, tmp.resolve("site"),
        SiteBuilds.MATH_CACHE, "");
    assertThat(second.published()).isTrue();

    SiteTree one = SiteTree.of(first.root());
    SiteTree two = SiteTree.of(tmp.resolve("site"));
    assertThat(one.contentDifferences(two)).isEmpty();
    assertThat(one.files()).hasSizeGreaterThan(310);
    assertThat(second.diagnostics()).containsExactlyElementsOf(first.diagnostics());
  }
}
