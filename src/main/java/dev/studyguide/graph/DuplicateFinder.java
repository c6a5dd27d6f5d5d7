package dev.studyguide.graph;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Item;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Finds questions that ask the same thing. Candidates come from a Lucene index of the questions' main clauses
 * (BM25, the top few per question), so the work grows with the number of questions, not with its square;
 * each candidate pair is judged by the {@link MergeRule}; merges are joined greedily, best first, never putting
 * two questions an editor split into one group.
 */
final class DuplicateFinder {
  private static final String FIELD = "main";
  private static final int CANDIDATES = 10;
  /** Pairs this close below the threshold are shown to editors as near misses. */
  private static final double NEAR_MISS_MARGIN = 0.2;

  private final ConceptAnalyzer analyzer;
  private final double threshold;

  DuplicateFinder(ConceptAnalyzer analyzer, double threshold) {
    this.analyzer = analyzer;
    this.threshold = threshold;
  }

  /** Groups of duplicates (each in source order, singletons included), the merges made, and near misses. */
  record Result(List<List<Item>> groups, List<MergeDecision> merges, List<MergeDecision> nearMisses) {}

  /** Finds duplicates among {@code questions}, each already placed on a topic ({@code topicOf} by item id). */
  Result find(List<Item> questions, java.util.function.Function<Item, String> topicOf, Overrides overrides,
      List<Diagnostic> diagnostics) {
    // Each question analysed, and below judged against its candidates, on every core: they are independent,
    // and an ordered stream keeps the results in question order, so every run decides the same.
    List<QuestionProfile> profiles = java.util.stream.IntStream.range(0, questions.size()).parallel()
        .mapToObj(i -> QuestionProfile.of(questions.get(i), i, analyzer, topicOf.apply(questions.get(i))))
        .toList();
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      index(profiles, directory);
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        int docs = reader.numDocs();
        // a term's idf is asked for once per pair
        java.util.Map<String, Double> idfs = new java.util.concurrent.ConcurrentHashMap<>();
        MergeRule rule = new MergeRule(threshold, term -> idfs.computeIfAbsent(term, t -> idf(reader, docs, t)),
            analyzer);
        return decide(profiles, new TermQueries(searcher), rule, overrides, diagnostics);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index", e);
    }
  }

  private void index(List<QuestionProfile> profiles, ByteBuffersDirectory directory) throws IOException {
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (QuestionProfile profile : profiles) {
        Document doc = new Document();
        doc.add(new TextField(FIELD, profile.shape().mainClause(), Field.Store.NO));
        doc.add(new StoredField("order", profile.order()));
        writer.addDocument(doc);
      }
    }
  }

  private static double idf(DirectoryReader reader, int docs, String term) {
    try {
      int df = reader.docFreq(new Term(FIELD, term));
      return Math.log(1.0 + (docs + 1.0) / (df + 1.0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Result decide(List<QuestionProfile> profiles, TermQueries queries, MergeRule rule,
      Overrides overrides, List<Diagnostic> diagnostics) throws IOException {
    List<MergeDecision> accepted = new ArrayList<>();
    List<MergeDecision> nearMisses = new ArrayList<>();
    for (Judged judged : profiles.parallelStream().map(p -> judge(p, profiles, queries, rule)).toList()) {
      accepted.addAll(judged.accepted());
      nearMisses.addAll(judged.nearMisses());
    }
    Groups groups = new Groups(profiles.stream().map(QuestionProfile::item).toList());
    OverrideGroups.applySplits(groups, overrides, diagnostics);
    accepted.sort(Comparator.comparingDouble(MergeDecision::similarity).reversed()
        .thenComparing(d -> d.first().id()).thenComparing(d -> d.second().id()));
    List<MergeDecision> merges = new ArrayList<>();
    for (MergeDecision decision : accepted) {
      if (groups.union(decision.first(), decision.second())) {
        merges.add(decision);
      } else if (!groups.sameGroup(decision.first(), decision.second())) {
        nearMisses.add(new MergeDecision(decision.first(), decision.second(), decision.similarity(),
            "kept apart by a split in overrides.yaml"));
      }
    }
    merges.addAll(OverrideGroups.applyMerges(groups, overrides, diagnostics));
    return new Result(groups.groups(), merges, nearMisses);
  }

  /** The pairs a question's candidates make with it that merge, and those that come near. */
  private record Judged(List<MergeDecision> accepted, List<MergeDecision> nearMisses) {}

  private Judged judge(QuestionProfile profile, List<QuestionProfile> profiles, TermQueries queries,
      MergeRule rule) {
    List<MergeDecision> accepted = new ArrayList<>();
    List<MergeDecision> nearMisses = new ArrayList<>();
    try {
      for (int other : candidates(queries, profile)) {
        if (other <= profile.order()) {
          continue; // each pair once, from its earlier question
        }
        MergeRule.Verdict verdict = rule.judge(profile, profiles.get(other));
        MergeDecision decision = new MergeDecision(profile.item(), profiles.get(other).item(),
            verdict.similarity(), verdict.reason());
        if (verdict.merge()) {
          accepted.add(decision);
        } else if (verdict.similarity() >= threshold - NEAR_MISS_MARGIN) {
          nearMisses.add(decision);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index", e);
    }
    return new Judged(accepted, nearMisses);
  }

  private Set<Integer> candidates(TermQueries queries, QuestionProfile profile) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    Set<String> seen = new HashSet<>();
    for (String term : profile.mainTerms()) {
      if (seen.add(term) && seen.size() <= 64) {
        query.add(queries.of(new Term(FIELD, term)), BooleanClause.Occur.SHOULD);
      }
    }
    Set<Integer> out = new LinkedHashSet<>();
    IndexSearcher searcher = queries.searcher();
    for (ScoreDoc hit : searcher.search(query.build(), CANDIDATES + 1).scoreDocs) {
      out.add(searcher.storedFields().document(hit.doc).getField("order").numericValue().intValue());
    }
    return out;
  }
}
