package dev.studyguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.check.Chromium;
import dev.studyguide.check.Programs;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * This search against Pagefind over the same built site, side by side in one run: index bytes on disk, bytes
 * transferred (gzipped, as GitHub Pages sends them) for a cold one-word query including every script the search
 * needs, bytes per further query, time to first results in headless Chromium, MRR@10 and typo found@5 on the
 * relevance set. Pagefind indexes the topic pages' main content (where every question and note is); results are
 * compared per page, since Pagefind returns pages. Runs on request only, with Pagefind installed outside the
 * project ({@code npm install pagefind} in /tmp/pf):
 * {@code mvn -o test -Dtest=SearchBenchmark -Dstudyguide.benchmark=true [-Dstudyguide.pagefind=PATH]}.
 * Writes the table to target/search-benchmark.md.
 */
@EnabledIfSystemProperty(named = "studyguide.benchmark", matches = "true")
class SearchBenchmark {
  /** Results loaded per query (title, address, text for the snippet), by both. */
  static final int SHOWN = 10;
  static final List<String> COLD = List.of("softmax", "entropy", "regularization", "gradient", "kernel");

  record Run(List<String> pages, double ms, long bytes) {}

  interface System_ {
    String page();

    String search(String query);

    Predicate<String> counts();
  }

  @Test
  void compareWithPagefind() throws Exception {
    String pagefind = System.getProperty("studyguide.pagefind", "/tmp/pf/node_modules/.bin/pagefind");
    Path site = Path.of("target", "search-bench", "site").toAbsolutePath();
    deleteTree(site.getParent());
    copyTree(SearchFixture.site(), site);
    Process indexing = new ProcessBuilder(pagefind, "--site", site.toString(), "--root-selector", "main",
        "--glob", "topics/**/*.html", "--silent").inheritIO().start();
    assertThat(indexing.waitFor(120, TimeUnit.SECONDS) && indexing.exitValue() == 0).isTrue();
    Files.writeString(site.resolve("pagefind-bench.html"), """
        <!DOCTYPE html><meta charset="utf-8"><title>Pagefind</title>
        <script type="module">window.benchReady = true;</script>
        """);

    System_ ours = new System_() {
      public String page() {
        return "index.html";
      }

      public String search(String q) {
        return "(async () => { const e = StudyguideSearch.engine, S = StudyguideSearch, t0 = performance.now();"
            + " const a = await e.searchSubmitted(" + js(q) + ");"
            + " const docs = await Promise.all(a.results.slice(0, " + SHOWN + ").map(r => e.doc(r.doc)));"
            + " const h = await e.highlighter(a.resolved); docs.forEach(d => S.snippetHtml(d.text, h));"
            + " return {ms: performance.now() - t0, urls: docs.map(d => d.url)}; })()";
      }

      public Predicate<String> counts() {
        return p -> p.contains("/search/") || p.endsWith("/assets/search.js");
      }
    };
    System_ theirs = new System_() {
      public String page() {
        return "pagefind-bench.html";
      }

      public String search(String q) {
        return "(async () => { const t0 = performance.now(); const pf = await import('./pagefind/pagefind.js');"
            + " const s = await pf.search(" + js(q) + ");"
            + " const data = await Promise.all(s.results.slice(0, " + SHOWN + ").map(r => r.data()));"
            + " return {ms: performance.now() - t0,"
            + " urls: data.map(d => d.url.replace(/^\\/(studyguide\\/)?/, ''))}; })()";
      }

      public Predicate<String> counts() {
        return p -> p.contains("/pagefind/");
      }
    };

    StringBuilder table = new StringBuilder();
    QuerySet set = QuerySet.load();
    try (SiteServer server = new SiteServer(site, "/studyguide/");
        Chromium chromium = Chromium.start(Programs.chromium().orElseThrow(), 1280, 900)) {
      chromium.call("Network.enable", Map.of());
      chromium.call("Network.setCacheDisabled", Map.of("cacheDisabled", true));
      Map<String, Object[]> rows = new java.util.LinkedHashMap<>();
      for (Map.Entry<String, System_> system : Map.of("studyguide", ours, "Pagefind", theirs).entrySet()) {
        System_ s = system.getValue();
        List<Double> coldMs = new ArrayList<>();
        List<Long> coldBytes = new ArrayList<>();
        for (String word : COLD) {
          chromium.load(server.url() + s.page(), "window.benchReady || !!window.StudyguideSearch");
          server.requests.clear();
          JsonNode result = chromium.eval(s.search(word));
          coldMs.add(result.get("ms").asDouble());
          long bytes = bytes(server, s.counts());
          if (s == ours) {
            // the script came with the page
            bytes += SiteServer.gzip(Files.readAllBytes(site.resolve("assets/search.js"))).length;
          }
          coldBytes.add(bytes);
        }
        chromium.load(server.url() + s.page(), "window.benchReady || !!window.StudyguideSearch");
        chromium.eval(s.search("softmax"));
        server.requests.clear();
        List<Double> warmMs = new ArrayList<>();
        List<List<String>> pages = new ArrayList<>();
        for (QuerySet.Query q : set.queries()) {
          JsonNode result = chromium.eval(s.search(q.text()));
          warmMs.add(result.get("ms").asDouble());
          List<String> urls = Chromium.list(result.get("urls"));
          pages.add(urls);
        }
        long further = bytes(server, s.counts()) / set.queries().size();
        int[] i = {0};
        QuerySet.Measures pageLevel = pageLevel(set).measure(q -> pagesOf(pages.get(i[0]++)));
        rows.put(system.getKey(), new Object[] {diskBytes(site, system.getKey(), false), median(coldBytes), further,
            median(coldMs), median(warmMs), pageLevel, diskBytes(site, system.getKey(), true),
            worksFromDisk(chromium, site, s)});
      }
      table.append("| | studyguide | Pagefind 1.6 |\n|---|---|---|\n");
      Object[] a = rows.get("studyguide");
      Object[] b = rows.get("Pagefind");
      table.append(row("index bytes on disk (every file the search can load, as written)", a[0], b[0]));
      table.append(row("the same, each file gzipped as a server sends it", a[6], b[6]));
      table.append(row("cold one-word query, bytes transferred (gzip, scripts included; median of 5)", a[1], b[1]));
      table.append(row("each further query, bytes (mean over the 70 queries)", a[2], b[2]));
      table.append(row("time to first results, cold (ms, median of 5)", fmt(a[3]), fmt(b[3])));
      table.append(row("time per further query (ms, median)", fmt(a[4]), fmt(b[4])));
      QuerySet.Measures ma = (QuerySet.Measures) a[5];
      QuerySet.Measures mb = (QuerySet.Measures) b[5];
      table.append(row("MRR@10 (per page)", fmt3(ma.mrr10()), fmt3(mb.mrr10())));
      table.append(row("recall@10 (per page)", fmt3(ma.recall10()), fmt3(mb.recall10())));
      table.append(row("typo found@5 (per page)", fmt3(ma.typoFound5()), fmt3(mb.typoFound5())));
      table.append(row("works from file:// (site opened from disk)", a[7], b[7]));
      assertThat(chromium.exceptions).isEmpty();
    }
    System.out.println("[search] benchmark\n" + table);
    Files.writeString(Path.of("target", "search-benchmark.md"), table.toString(), StandardCharsets.UTF_8);
  }

  /** The query set with relevant results as pages (Pagefind has no anchors for questions). */
  private static QuerySet pageLevel(QuerySet set) {
    return new QuerySet(set.queries().stream().map(q -> new QuerySet.Query(q.kind(), q.text(),
        List.copyOf(new LinkedHashSet<>(q.relevant().stream().map(u -> u.replaceAll("#.*", "")).toList())))).toList());
  }

  private static List<String> pagesOf(List<String> urls) {
    return List.copyOf(new LinkedHashSet<>(urls.stream().map(u -> u.replaceAll("#.*", "")).toList()));
  }

  private static long bytes(SiteServer server, Predicate<String> counts) {
    return server.requests.stream().filter(r -> counts.test(r.path())).mapToLong(SiteServer.Request::bytes).sum();
  }

  /** What the search needs on disk: our search/ folder and script; Pagefind's bundle without its UI kits. */
  private static long diskBytes(Path site, String system, boolean gzipped) throws Exception {
    if (system.equals("studyguide")) {
      return size(site.resolve("search"), p -> true, gzipped)
          + size(site.resolve("assets/search.js"), p -> true, gzipped);
    }
    return size(site.resolve("pagefind"), p -> !p.getFileName().toString().matches(".*(ui|highlight|worker).*"),
        gzipped);
  }

  private static long size(Path dir, Predicate<Path> keep, boolean gzipped) throws Exception {
    long total = 0;
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).filter(keep)::iterator) {
        byte[] bytes = Files.readAllBytes(p);
        boolean already = bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
        total += gzipped && !already ? SiteServer.gzip(bytes).length : bytes.length;
      }
    }
    return total;
  }

  /** Whether a one-word query finds results with the site opened from disk. */
  private static String worksFromDisk(Chromium chromium, Path site, System_ system) throws Exception {
    String url = site.resolve(system.page()).toUri().toString();
    chromium.load(url, "window.benchReady || !!window.StudyguideSearch");
    try {
      JsonNode result = chromium.eval(system.search("softmax"));
      return result.get("urls").size() > 0 ? "yes" : "no results";
    } catch (IllegalStateException e) {
      chromium.exceptions.clear();
      java.util.regex.Matcher error = java.util.regex.Pattern.compile("TypeError: [^\\\\\"]*").matcher(e.getMessage());
      return "no (" + (error.find() ? error.group() : "error") + ")";
    }
  }

  private static <T extends Comparable<T>> T median(List<T> values) {
    List<T> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static String row(String what, Object ours, Object theirs) {
    return "| " + what + " | " + ours + " | " + theirs + " |\n";
  }

  private static String fmt(Object ms) {
    return String.format(Locale.ROOT, "%.0f", (Double) ms);
  }

  private static String fmt3(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  private static String js(String text) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws Exception {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
