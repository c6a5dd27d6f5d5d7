package dev.studyguide.search;

import dev.studyguide.graph.ConceptAnalyzer;
import dev.studyguide.graph.Topic;
import dev.studyguide.render.Progress;
import dev.studyguide.render.RenderedGuide;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafSimScorer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The guide's Lucene index, in memory: one document per topic, question and note, three fields weighted topic
 * names &gt; question phrasings and note titles &gt; text, scored by BM25 with the concept analyzer (English
 * stemming, topic names and aliases as shared concept terms) reading math characters as words.
 */
public final class SearchIndex implements AutoCloseable {
  private final List<SearchDoc> docs;
  private final List<Topic> topics;
  private final Vocabulary vocabulary;
  private final Analyzer analyzer;
  private final ByteBuffersDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private SearchIndex(List<SearchDoc> docs, List<Topic> topics, Vocabulary vocabulary, Analyzer analyzer,
      ByteBuffersDirectory directory, DirectoryReader reader) {
    this.analyzer = analyzer;
    this.docs = docs;
    this.topics = topics;
    this.vocabulary = vocabulary;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  public static SearchIndex build(RenderedGuide guide) {
    return build(guide, Progress.Counter.NONE, new AnalysisMemo(ConceptAnalyzer.of(guide.graph().taxonomy())));
  }

  /**
   * As above, counting each document on {@code counter} as it is indexed and taking what was analysed before
   * from {@code analysed}, a memo for this guide's concept analyzer.
   */
  static SearchIndex build(RenderedGuide guide, Progress.Counter counter, AnalysisMemo analysed) {
    List<SearchDoc> docs = SearchDocs.of(guide);
    ConceptAnalyzer concepts = ConceptAnalyzer.of(guide.graph().taxonomy());
    if (!analysed.isFor(concepts)) {
      throw new IllegalArgumentException("a memo of another taxonomy's analyses");
    }
    Analyzer analyzer = SearchAnalyzer.withMathChars(concepts);
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (SearchDoc doc : docs) {
        Document document = new Document();
        if (doc.kind() == DocKind.TOPIC) {
          String concept = ConceptAnalyzer.CONCEPT_PREFIX + doc.id();
          document.add(new StringField(IndexField.TOPIC.field, concept, Field.Store.NO));
        }
        for (IndexField field : List.of(IndexField.NAMES, IndexField.HEADINGS, IndexField.BODY)) {
          for (String value : field.of(doc)) {
            RecordedTokens tokens = analysed.tokens(field.field, value,
                text -> RecordedTokens.of(analyzer, field.field, text));
            document.add(new TextField(field.field, tokens.replay()));
          }
        }
        writer.addDocument(document);
        counter.advance();
      }
      writer.forceMerge(1);
      writer.commit();
      List<Topic> topics = guide.graph().taxonomy().topics();
      Vocabulary vocabulary = Vocabulary.of(docs, analyzer, topics, analysed);
      return new SearchIndex(docs, topics, vocabulary, analyzer, directory, DirectoryReader.open(directory));
    } catch (IOException e) {
      throw new UncheckedIOException("building the search index in memory", e);
    }
  }

  public List<SearchDoc> docs() {
    return docs;
  }

  /** The taxonomy's topics, whose names are highlighted for their concept terms. */
  public List<Topic> topics() {
    return topics;
  }

  /** The analyzer the documents were indexed with. */
  Analyzer analyzer() {
    return analyzer;
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  public QueryResolver resolver() {
    return new QueryResolver(vocabulary);
  }

  /** A document found, with Lucene's score. */
  public record Hit(SearchDoc doc, float score) {}

  /**
   * Results whose score is under this share of the best one are left out: what remains is what the query is
   * about, and the count a reader sees is of those. Chosen on the relevance set (queries.tsv): the lowest share of
   * a relevant result in the top 10 is 0.126 ("what is the dual of the svm": the question, under the topic page);
   * the floor is at most half of that (RelevanceTest).
   */
  public static final double FLOOR = 0.05;

  /**
   * The best {@code limit} documents for the query: Lucene's score for a query of every term in every field,
   * boosted, times the share of the query's words the document has (Lucene's classic coordination factor), so
   * a question asking all of "why scale attention by sqrt d" beats the topic page that only names attention.
   * The page of a topic whose title or alias is the whole query comes first ("svm" opens Support vector
   * machines, not SVM dual formulation); results under {@link #FLOOR} of the best score are left out. Ties go to
   * the earlier document, as in Lucene.
   */
  public List<Hit> search(ResolvedQuery query, int limit) {
    List<Hit> all = ranked(query, FLOOR);
    return List.copyOf(all.subList(0, Math.min(Math.max(limit, 0), all.size())));
  }

  /** Every hit of the query, ranked, those under {@code floor} of the best score left out. */
  List<Hit> ranked(ResolvedQuery query, double floor) {
    if (query.isEmpty()) {
      return List.of();
    }
    try {
      Map<Integer, Set<Integer>> wordsFound = new HashMap<>();
      for (ResolvedQuery.Clause clause : query.clauses()) {
        for (ScoreDoc scored : searcher.search(termQuery(clause.term(), 1f), docs.size()).scoreDocs) {
          wordsFound.computeIfAbsent(scored.doc, k -> new TreeSet<>()).addAll(clause.fromWords());
        }
      }
      int words = query.meaningfulWords().size();
      Set<String> named = query.exactTopics();
      List<Hit> hits = new ArrayList<>();
      for (ScoreDoc scored : searcher.search(luceneQuery(query), docs.size()).scoreDocs) {
        double share = (double) wordsFound.get(scored.doc).size() / words;
        hits.add(new Hit(docs.get(scored.doc), (float) (scored.score * share)));
      }
      Predicate<Hit> exact = h -> h.doc().kind() == DocKind.TOPIC && named.contains(h.doc().id());
      hits.sort(Comparator.comparing((Hit h) -> !exact.test(h)).thenComparingDouble(h -> -h.score())
          .thenComparingInt(h -> h.doc().index()));
      double best = hits.stream().mapToDouble(Hit::score).max().orElse(0);
      return hits.stream().filter(h -> exact.test(h) || h.score() >= floor * best).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("searching the index in memory", e);
    }
  }

  /** The best hits of a query, the query as resolved, and how many documents it finds in all (over the floor). */
  public record Answer(ResolvedQuery query, List<Hit> hits, int total) {}

  /**
   * A submitted query (the CLI's, the results page's): as typed; if that finds nothing, with its last word
   * completed, so "regul" still finds regularization.
   */
  public Answer searchSubmitted(String text, int limit) {
    ResolvedQuery query = resolver().resolve(text, false);
    List<Hit> hits = ranked(query, FLOOR);
    if (hits.isEmpty()) {
      ResolvedQuery completed = resolver().resolve(text, true);
      List<Hit> found = ranked(completed, FLOOR);
      if (!found.isEmpty()) {
        return answer(completed, found, limit);
      }
    }
    return answer(query, hits, limit);
  }

  private static Answer answer(ResolvedQuery query, List<Hit> ranked, int limit) {
    return new Answer(query, List.copyOf(ranked.subList(0, Math.min(Math.max(limit, 0), ranked.size()))),
        ranked.size());
  }

  static Query luceneQuery(ResolvedQuery query) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (ResolvedQuery.Clause clause : query.clauses()) {
      builder.add(termQuery(clause.term(), clause.weight()), BooleanClause.Occur.SHOULD);
    }
    return builder.build();
  }

  /** One term in every field, each boosted by its field's boost times {@code weight}. */
  static Query termQuery(String term, float weight) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (IndexField field : IndexField.values()) {
      builder.add(new BoostQuery(new TermQuery(new Term(field.field, term)), field.boost * weight),
          BooleanClause.Occur.SHOULD);
    }
    return builder.build();
  }

  /**
   * Every term's score in every document that has it, summed over the boosted fields, exactly as a one-term
   * Lucene query scores it: the browser adds these up instead of scoring.
   */
  public SortedMap<String, SortedMap<Integer, Double>> termScores() {
    SortedMap<String, SortedMap<Integer, Double>> out = new TreeMap<>();
    try {
      if (reader.leaves().size() != 1) {
        throw new IllegalStateException("the search index is merged to one segment");
      }
      for (LeafReaderContext leaf : reader.leaves()) {
        for (IndexField field : IndexField.values()) {
          Terms terms = leaf.reader().terms(field.field);
          if (terms == null) {
            continue;
          }
          // What a TermQuery's scorer computes, without a query per term: one leaf (the index is merged to one
          // segment), so the leaf's term statistics are the index's.
          CollectionStatistics collection = searcher.collectionStatistics(field.field);
          TermsEnum iterator = terms.iterator();
          PostingsEnum postings = null;
          for (BytesRef bytes = iterator.next(); bytes != null; bytes = iterator.next()) {
            TermStatistics stats = new TermStatistics(bytes, iterator.docFreq(), iterator.totalTermFreq());
            LeafSimScorer scorer = new LeafSimScorer(searcher.getSimilarity().scorer(field.boost, collection, stats),
                leaf.reader(), field.field, true);
            Map<Integer, Double> scores = out.computeIfAbsent(bytes.utf8ToString(), k -> new TreeMap<>());
            postings = iterator.postings(postings, PostingsEnum.FREQS);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
              scores.merge(leaf.docBase + doc, (double) scorer.score(doc, postings.freq()), Double::sum);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the search index in memory", e);
    }
    return out;
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
