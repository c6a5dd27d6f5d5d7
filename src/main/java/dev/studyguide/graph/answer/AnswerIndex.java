package dev.studyguide.graph.answer;

import dev.studyguide.graph.ConceptAnalyzer;
import dev.studyguide.graph.TermQueries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The passages in an in-memory Lucene index (heading and body analysed by the concept analyzer), from which each
 * question draws its candidates by BM25: the work grows with questions times candidates, never with all pairs.
 */
final class AnswerIndex implements AutoCloseable {
  private static final String HEAD = "head";
  private static final String BODY = "body";
  private static final String ALL = "all";
  private static final String ORDER = "order";
  private static final float HEAD_BOOST = 2f;

  private final List<PassageProfile> passages;
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final TermQueries queries;
  private final int[] order;
  private final Map<String, Double> idfs = new ConcurrentHashMap<>(); // asked from every core

  AnswerIndex(List<PassageProfile> passages, ConceptAnalyzer analyzer) {
    this.passages = List.copyOf(passages);
    try {
      // Indexed on every core (at 100x, 6 s on one thread while the other was idle); sorted by passage, so each
      // document's number is its passage's, however the threads took turns, and ties rank the same every build.
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setIndexSort(new Sort(new SortField(ORDER, SortField.Type.INT)));
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        IntStream.range(0, passages.size()).parallel().forEach(i -> add(writer, passages.get(i), i));
        writer.forceMerge(1); // every query looks each term up once, not once per flushed segment
      }
      reader = DirectoryReader.open(directory);
      searcher = new IndexSearcher(reader);
      queries = new TermQueries(searcher);
      order = orders(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index", e);
    }
  }

  private static void add(IndexWriter writer, PassageProfile p, int order) {
    Document doc = new Document();
    doc.add(new TextField(HEAD, p.head(), Field.Store.NO));
    doc.add(new TextField(BODY, p.body(), Field.Store.NO));
    doc.add(new TextField(ALL, p.head() + "\n" + p.body(), Field.Store.NO));
    doc.add(new NumericDocValuesField(ORDER, order));
    try {
      writer.addDocument(doc);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index", e);
    }
  }

  /** The best {@code limit} passages for a question's terms, heading matches counting double. */
  List<PassageProfile> candidates(List<String> terms, int limit) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    terms.stream().limit(64).forEach(term -> {
      query.add(new BoostQuery(queries.of(new Term(HEAD, term)), HEAD_BOOST), BooleanClause.Occur.SHOULD);
      query.add(queries.of(new Term(BODY, term)), BooleanClause.Occur.SHOULD);
    });
    try {
      List<PassageProfile> out = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
        out.add(passages.get(order[hit.doc]));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index", e);
    }
  }

  /**
   * Each document's passage, read once: looking a hit's passage up in stored fields decompressed a block of them
   * per candidate, a fifth of the linking time a hundred times the corpus.
   */
  private static int[] orders(DirectoryReader reader) throws IOException {
    int[] out = new int[reader.maxDoc()];
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues values = DocValues.getNumeric(leaf.reader(), ORDER);
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        out[leaf.docBase + doc] = (int) values.longValue();
      }
    }
    return out;
  }

  /** A term's rarity among the passages, Lucene's BM25 idf. */
  double idf(String term) {
    return idfs.computeIfAbsent(term, t -> {
      try {
        int df = reader.docFreq(new Term(ALL, t));
        return Math.log(1.0 + (reader.numDocs() - df + 0.5) / (df + 0.5));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
