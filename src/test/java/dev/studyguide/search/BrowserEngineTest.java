package dev.studyguide.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.studyguide.check.Programs;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser's engine (templates/assets/search.js), run by node's test runner on the exported index: it must
 * analyze the shared table as the Java side does and rank the relevance set as the CLI does. Skipped, with the
 * reason, where node is not installed.
 */
class BrowserEngineTest {
  static final Path SPEC = Path.of("src", "test", "js", "search.test.mjs");

  @TempDir
  Path work;

  @Test
  void theBrowserEngineAgreesWithLuceneOnTheTableAndTheRankings() throws Exception {
    assumeTrue(Programs.node().isPresent(), "node is not installed: the browser engine's tests are skipped");
    Path site = SearchFixture.site();
    SearchIndex index = SearchFixture.index();
    Map<String, Object> expected = new LinkedHashMap<>();
    for (QuerySet.Query query : QuerySet.load().queries()) {
      SearchIndex.Answer answer = index.searchSubmitted(query.text(), 10);
      List<SearchIndex.Hit> hits = answer.hits();
      int clauses = answer.query().clauses().size();
      expected.put(query.text(), Map.of(
          // each term's score was rounded to 1/SCALE; float sums add a little more
          "tolerance", (clauses + 1) * 0.5 / SearchExport.SCALE + 1e-3,
          "hits", hits.stream().map(h -> Map.of("doc", h.doc().index(), "score", h.score())).toList()));
    }
    Path expectedFile = work.resolve("expected.json");
    Path out = work.resolve("browser.json");
    new ObjectMapper().writeValue(expectedFile.toFile(), expected);

    ProcessBuilder node = new ProcessBuilder(Programs.node().get(), "--test", "--test-reporter=spec", SPEC.toString())
        .redirectErrorStream(true);
    node.environment().put("SEARCH_SITE", site.toString());
    node.environment().put("SEARCH_TABLE", AnalysisTableTest.TABLE.toAbsolutePath().toString());
    node.environment().put("SEARCH_EXPECTED", expectedFile.toString());
    node.environment().put("SEARCH_OUT", out.toString());
    Process process = node.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    System.out.println("[search] node's test runner on search.js:\n" + output.strip());
    assertThat(process.exitValue()).as(output).isZero();

    @SuppressWarnings("unchecked")
    Map<String, List<String>> browser = new ObjectMapper().readValue(out.toFile(), Map.class);
    QuerySet.Measures measures = QuerySet.load().measure(browser::get);
    System.out.println("[search] browser engine on the relevance set: " + measures);
    assertThat(measures.mrr10()).isGreaterThanOrEqualTo(RelevanceTest.MRR_FLOOR);
  }
}
