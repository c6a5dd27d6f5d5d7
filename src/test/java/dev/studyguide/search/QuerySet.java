package dev.studyguide.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The relevance query set (src/test/resources/search/queries.tsv) and the measures computed on it. */
record QuerySet(List<QuerySet.Query> queries) {
  static final Path FILE = Path.of("src", "test", "resources", "search", "queries.tsv");

  /** One query with the addresses of its relevant results. */
  record Query(String kind, String text, List<String> relevant) {
    boolean isTypo() {
      return kind.equals("typo");
    }
  }

  static QuerySet load() {
    try {
      List<Query> out = new ArrayList<>();
      for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        out.add(new Query(columns[0], columns[1], List.of(columns[2].split(" "))));
      }
      return new QuerySet(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** MRR@10, recall@10 and typo found@5 of a ranking function (query → result addresses, best first). */
  record Measures(double mrr10, double recall10, double typoFound5, int queries, List<String> misses) {
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "MRR@10 %.3f, recall@10 %.3f, typo found@5 %.3f (%d queries)",
          mrr10, recall10, typoFound5, queries);
    }
  }

  Measures measure(java.util.function.Function<String, List<String>> search) {
    double reciprocal = 0;
    double recall = 0;
    int typos = 0;
    int typosFound = 0;
    List<String> misses = new ArrayList<>();
    for (Query query : queries) {
      List<String> results = search.apply(query.text());
      List<String> top10 = results.subList(0, Math.min(10, results.size()));
      int rank = 0;
      for (int i = 0; i < top10.size(); i++) {
        if (query.relevant().contains(top10.get(i))) {
          rank = i + 1;
          break;
        }
      }
      reciprocal += rank == 0 ? 0 : 1.0 / rank;
      recall += (double) query.relevant().stream().filter(top10::contains).count() / query.relevant().size();
      if (query.isTypo()) {
        typos++;
        typosFound += rank >= 1 && rank <= 5 ? 1 : 0;
      }
      if (rank != 1) {
        misses.add(query.kind() + " \"" + query.text() + "\": rank " + (rank == 0 ? ">10" : rank) + ", got "
            + top10.subList(0, Math.min(3, top10.size())));
      }
    }
    int n = queries.size();
    return new Measures(reciprocal / n, recall / n, typos == 0 ? 1 : (double) typosFound / typos, n, misses);
  }
}
