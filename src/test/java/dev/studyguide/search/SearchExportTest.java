package dev.studyguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The files the browser loads: names, shards, postings, documents, and the page and script the build writes. */
class SearchExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static SortedMap<String, String> export() {
    SortedMap<String, String> files = new TreeMap<>();
    new SearchExport(SearchFixture.index()).write(files::put);
    return files;
  }

  /** The data of a file {@code __studyguideSearch("name", DATA);}. */
  private static String payload(String file) {
    return file.substring(file.indexOf(',') + 1, file.lastIndexOf(')'));
  }

  @Test
  void everyNameButTheEntryCarriesTheHashOfItsContentAndTheExportIsDeterministic() {
    SortedMap<String, String> files = export();
    assertThat(files).isEqualTo(export());
    StringBuilder docs = new StringBuilder();
    String docDir = null;
    for (Map.Entry<String, String> file : files.entrySet()) {
      String path = file.getKey();
      assertThat(file.getValue()).startsWith("__studyguideSearch(\"" + path.substring("search/".length()) + "\",");
      if (path.matches("search/[kw]/.*")) {
        String hash = path.replaceAll(".*?([0-9a-f]{10})\\.js$", "$1");
        assertThat(SearchExport.hash(payload(file.getValue()))).as(path).isEqualTo(hash);
      } else if (path.startsWith("search/d-")) {
        docDir = path.substring("search/".length(), path.lastIndexOf('/'));
      } else {
        assertThat(path).isEqualTo("search/index.js");
      }
    }
    List<SearchDoc> list = SearchFixture.index().docs();
    for (int i = 0; i < list.size(); i++) {
      docs.append(i == 0 ? "" : "\n").append(payload(files.get("search/" + docDir + "/" + i + ".js")));
    }
    assertThat(docDir).isEqualTo("d-" + SearchExport.hash(docs.toString()));
  }

  @Test
  void theEntryListsShardsInKeyOrderAndEveryKeySitsInTheShardItsFirstKeyPointsTo() throws Exception {
    SortedMap<String, String> files = export();
    JsonNode meta = JSON.readTree(payload(files.get("search/index.js")));
    assertThat(meta.get("docs").asInt()).isEqualTo(SearchFixture.index().docs().size());
    assertThat(meta.get("rules").get("maxWords").asInt()).isEqualTo(QueryResolver.MAX_WORDS);
    JsonNode shards = meta.get("shards");
    assertThat(shards.size()).isGreaterThan(20);
    List<String> firstKeys = new ArrayList<>();
    shards.forEach(s -> firstKeys.add(s.get(0).asText()));
    assertThat(firstKeys).isSorted();
    for (int i = 0; i < shards.size(); i++) {
      JsonNode data = JSON.readTree(payload(files.get("search/" + shards.get(i).get(1).asText())));
      String next = i + 1 < shards.size() ? firstKeys.get(i + 1) : null;
      String first = firstKeys.get(i);
      data.fieldNames().forEachRemaining(key -> {
        assertThat(key).isGreaterThanOrEqualTo(first);
        if (next != null) {
          assertThat(key).isLessThan(next);
        }
      });
    }
    meta.get("words").fields().forEachRemaining(w -> assertThat(files).containsKey("search/" + w.getValue().asText()));
  }

  @Test
  void postingsAreLuceneScoresRoundedToHundredthsAndDocumentsCarryWhatAResultShows() throws Exception {
    SortedMap<String, String> files = export();
    JsonNode meta = JSON.readTree(payload(files.get("search/index.js")));
    JsonNode entry = null;
    for (JsonNode shard : meta.get("shards")) {
      JsonNode data = JSON.readTree(payload(files.get("search/" + shard.get(1).asText())));
      if (data.has("softmax")) {
        entry = data.get("softmax");
      }
    }
    assertThat(entry).isNotNull();
    assertThat(entry.get("t").get(0).asText()).isEqualTo("softmax");
    SortedMap<Integer, Double> lucene = SearchFixture.index().termScores().get("softmax");
    SortedMap<Integer, Long> exported = new TreeMap<>();
    int doc = 0;
    for (int i = 0; i < entry.get("p").size(); i += 2) {
      doc += entry.get("p").get(i).asInt();
      exported.put(doc, entry.get("p").get(i + 1).asLong());
    }
    SortedMap<Integer, Long> expected = new TreeMap<>();
    lucene.forEach((d, score) -> expected.put(d, Math.round(score * SearchExport.SCALE)));
    assertThat(exported).isEqualTo(expected).hasSizeGreaterThan(10);

    SearchDoc first = SearchFixture.index().docs().stream().filter(d -> d.kind() == DocKind.QUESTION).findFirst()
        .orElseThrow();
    JsonNode record = JSON.readTree(payload(files.get("search/" + meta.get("docDir").asText() + "/"
        + first.index() + ".js")));
    assertThat(record.get(0).asInt()).isEqualTo(DocKind.QUESTION.ordinal());
    assertThat(record.get(1).asText()).isEqualTo(first.url()).matches("topics/[a-z0-9-]+\\.html#q-[0-9a-f]+");
    assertThat(record.get(2).asText()).isEqualTo(first.title());
    assertThat(record.get(4).asText()).isEqualTo(first.text());
  }

  @Test
  void theBuildWritesTheResultsPageAndEveryPageLoadsTheSearchScript() throws Exception {
    Path site = SearchFixture.site();
    String page = Files.readString(site.resolve("search.html"));
    assertThat(page).contains("<label for=\"search-page-input\">")
        .contains("id=\"search-page-status\" class=\"search-status\" role=\"status\" aria-live=\"polite\"")
        .contains("<script src=\"assets/search.js\" defer></script>")
        .contains("<title>Search · ML Research Interview Study Guide</title>");
    assertThat(Files.readString(site.resolve("topics/softmax.html")))
        .contains("<label class=\"visually-hidden\" for=\"search-input\">Search the guide</label>")
        .contains("<script src=\"../assets/search.js\" defer></script>");
    assertThat(site.resolve("assets/search.js")).exists();
    assertThat(site.resolve("search/index.js")).exists();
  }

  @Test
  void everyResultOpensThePlaceThatShowsItNeverAPageThatOnlySendsOn() throws Exception {
    Path site = SearchFixture.site();
    List<String> wrong = new ArrayList<>();
    int sections = 0;
    for (SearchDoc doc : SearchFixture.index().docs()) {
      String[] url = doc.url().split("#", 2);
      Document page = Jsoup.parse(site.resolve(url[0]).toFile(), "UTF-8");
      if (page.selectFirst("meta[http-equiv=refresh]") != null) {
        wrong.add(doc.url() + " only sends the browser on");
      } else if (url.length == 2 && page.getElementById(url[1]) == null) {
        wrong.add(doc.url() + " has no element #" + url[1]);
      }
      sections += doc.kind() == DocKind.TOPIC && url.length == 2 ? 1 : 0;
    }
    assertThat(wrong).isEmpty();
    assertThat(sections).as("folded topics, found at their section").isPositive();
  }
}
