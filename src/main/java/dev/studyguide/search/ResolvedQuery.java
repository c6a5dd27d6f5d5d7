package dev.studyguide.search;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A query as index terms with weights: what both the CLI's Lucene query and the browser's sum of precomputed
 * scores are made of.
 *
 * @param words the query's words as the tokenizer cut them (lower case, at most {@link QueryResolver#MAX_WORDS})
 */
public record ResolvedQuery(String text, List<String> words, List<Clause> clauses) {
  public ResolvedQuery {
    words = List.copyOf(words);
    clauses = List.copyOf(clauses);
  }

  /** How a term came from the query; each kind has its weight. */
  public enum Origin {
    /** A word of the query, or a concept its words name. */
    EXACT(1.0f, ""),
    /** A completion of the last word, being typed. */
    PREFIX(0.5f, "*"),
    /** A word one edit away from a word of 5+ letters the index does not know. */
    FUZZY(0.7f, "~");

    public final float weight;
    final String mark;

    Origin(float weight, String mark) {
      this.weight = weight;
      this.mark = mark;
    }
  }

  /**
   * One term to look up.
   *
   * @param fromWords the positions of the query words it stands for (a topic name stands for all its words)
   */
  public record Clause(String term, Origin origin, SortedSet<Integer> fromWords) {
    public Clause {
      fromWords = Collections.unmodifiableSortedSet(new TreeSet<>(fromWords));
    }

    public float weight() {
      return origin.weight;
    }
  }

  /** The query words that gave any term: a result's share of them scales its score. */
  public SortedSet<Integer> meaningfulWords() {
    SortedSet<Integer> out = new TreeSet<>();
    clauses.forEach(c -> out.addAll(c.fromWords()));
    return out;
  }

  public boolean isEmpty() {
    return clauses.isEmpty();
  }

  /**
   * The terms, sorted, each marked by origin ({@code kullback~}, {@code softmaxes*}): the notation of the analysis
   * table both the Java and the browser side are tested on.
   */
  public String notation() {
    return clauses.stream().map(c -> c.term() + c.origin().mark).sorted().collect(Collectors.joining(" "));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s → %s", text, notation());
  }
}
