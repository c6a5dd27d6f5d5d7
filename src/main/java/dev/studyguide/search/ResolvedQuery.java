package dev.studyguide.search;

import dev.studyguide.graph.ConceptAnalyzer;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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

  /**
   * The topics whose title or alias is the whole query, word for word as typed (a concept named by every word, not
   * through a completion or a correction): "svm", "kl divergence". Their pages come first.
   */
  public Set<String> exactTopics() {
    Set<Integer> all = IntStream.range(0, words.size()).boxed().collect(Collectors.toSet());
    return clauses.stream()
        .filter(c -> c.origin() == Origin.EXACT && ConceptAnalyzer.isConcept(c.term()) && c.fromWords().equals(all))
        .map(c -> ConceptAnalyzer.topicOf(c.term()))
        .collect(Collectors.toCollection(TreeSet::new));
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
