package dev.studyguide.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Queries whose terms are looked up once score exactly as plain term queries, also for a term no document has. */
class TermQueriesTest {
  @Test
  void scoresAreThoseOfPlainTermQueriesAskedAgainAndAgain() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
        for (String text : List.of("gradient descent with momentum", "stochastic gradient descent",
            "momentum in physics", "the bias variance trade-off", "variance of a sum")) {
          Document doc = new Document();
          doc.add(new TextField("text", text, Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        TermQueries shared = new TermQueries(searcher);
        for (List<String> words : List.of(List.of("gradient", "momentum"), List.of("variance", "absent"),
            List.of("momentum", "descent", "variance"), List.of("gradient", "momentum"))) {
          assertThat(scores(searcher, words, shared::of)).as(words.toString())
              .isEqualTo(scores(searcher, words, TermQuery::new));
        }
      }
    }
  }

  private static List<String> scores(IndexSearcher searcher, List<String> words, Function<Term, Query> query)
      throws IOException {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (String word : words) {
      builder.add(new BoostQuery(query.apply(new Term("text", word)), 1.5f), BooleanClause.Occur.SHOULD);
    }
    ScoreDoc[] hits = searcher.search(builder.build(), 10).scoreDocs;
    return Arrays.stream(hits).map(h -> h.doc + ":" + Float.floatToIntBits(h.score)).toList();
  }
}
