package dev.studyguide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.check.BuiltSite;
import dev.studyguide.pack.BuildDate;
import dev.studyguide.site.SiteBuilds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  @Test
  void aBuildTakingTheGuideTheLastBuildKeptWritesTheSameSite(@TempDir Path tmp) throws IOException {
    BuiltSite reference = SiteBuilds.real();
    String tool = "test " + System.nanoTime(); // a tool no earlier run kept a guide for
    List<String> lines = new ArrayList<>();
    Build.once(lines::add, BuildDate.fromEnvironment(), tool).run(options(tmp.resolve("read")));
    Build.Result kept = Build.once(lines::add, BuildDate.fromEnvironment(), tool).run(options(tmp.resolve("kept")));

    assertThat(lines).filteredOn(l -> l.startsWith("read ")).hasSize(2)
        .satisfies(read -> assertThat(read.get(0)).doesNotContain("kept from the last build"))
        .satisfies(read -> assertThat(read.get(1)).endsWith("kept from the last build"));
    assertThat(SiteTree.of(reference.root()).contentDifferences(SiteTree.of(tmp.resolve("kept")))).isEmpty();
    assertThat(kept.diagnostics()).containsExactlyElementsOf(reference.diagnostics());
  }

  private static Build.Options options(Path out) {
    return new Build.Options(SiteBuilds.CONTENT, SiteBuilds.TEMPLATES, out, SiteBuilds.MATH_CACHE, "");
  }
}
