package dev.studyguide.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * Term queries against one searcher that look each term up in its index once. A plain {@link TermQuery} looks
 * its term up again in every query it is part of, and ranking every item against the topics asks for the same
 * few thousand terms hundreds of times: that lookup was half of the ranking's time in a fresh JVM (by JFR). The
 * statistics a query scores with are those the lookup gives, so the scores, and placements, stay the same. Safe
 * on several threads: a term's states are read only once built.
 */
public final class TermQueries {
  private final IndexSearcher searcher;
  private final Map<Term, TermStates> states = new ConcurrentHashMap<>();

  public TermQueries(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  /** A query for {@code term}, scored as {@code new TermQuery(term)} would be. */
  public TermQuery of(Term term) {
    return new TermQuery(term, states.computeIfAbsent(term, this::lookUp));
  }

  private TermStates lookUp(Term term) {
    try {
      return TermStates.build(searcher, term, true);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index", e);
    }
  }
}
