package dev.studyguide.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;

/**
 * Turns typed text into index terms through the {@link Vocabulary}, by the rules the browser follows too:
 * known words give their terms; topic names are matched greedily, longest first, as the concept analyzer does; the
 * last word, while being typed, also gives its most frequent completions; an unknown word with 5+ letters gives the
 * known words one edit away (insertion, deletion, substitution or swap of neighbours). Junk, stop words and
 * over-long input resolve to nothing or to a bounded query, never to an error. A closed compound the text writes
 * apart ("crossentropy") is read as its words, so it finds and names what "cross-entropy" does.
 */
public final class QueryResolver {
  /** Longer input is cut: nobody types more, and it bounds the work per keystroke. */
  public static final int MAX_CHARS = 200;
  public static final int MAX_WORDS = 12;
  public static final int MIN_PREFIX = 2;
  public static final int MAX_COMPLETIONS = 10;
  public static final int MIN_FUZZY = 5;
  public static final int MAX_CORRECTIONS = 5;

  private final Vocabulary vocabulary;

  public QueryResolver(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * @param completeLast whether the last word is still being typed (as in the search box, unless the text ends
   *     with a space), so its completions count too
   */
  public ResolvedQuery resolve(String text, boolean completeLast) {
    String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    List<String> words = apart(words(Vocabulary.lower(cut)));
    boolean typing = completeLast && !cut.isEmpty() && !Character.isWhitespace(cut.charAt(cut.length() - 1));
    Map<String, ResolvedQuery.Clause> terms = new LinkedHashMap<>();
    List<String> forms = new ArrayList<>();
    List<ResolvedQuery.Origin> formOrigins = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      int at = i;
      String word = words.get(i);
      Vocabulary.Surface known = vocabulary.surface(word);
      if (known != null) {
        known.terms().forEach(t -> add(terms, t, ResolvedQuery.Origin.EXACT, at, at));
      }
      List<Vocabulary.Surface> completions = typing && i == words.size() - 1 ? completions(word) : List.of();
      for (Vocabulary.Surface completion : completions) {
        completion.terms().forEach(t -> add(terms, t, ResolvedQuery.Origin.PREFIX, at, at));
      }
      List<Vocabulary.Surface> corrections = known == null && completions.isEmpty() && letters(word) >= MIN_FUZZY
          ? corrections(word) : List.of();
      for (Vocabulary.Surface correction : corrections) {
        correction.terms().forEach(t -> add(terms, t, ResolvedQuery.Origin.FUZZY, at, at));
      }
      // Names are matched on the word as typed, else on its likeliest correction or completion.
      Vocabulary.Surface named = known != null ? known : !corrections.isEmpty() ? corrections.get(0)
          : !completions.isEmpty() ? completions.get(0) : null;
      forms.add(named == null ? null : named.nameForm());
      formOrigins.add(known != null ? ResolvedQuery.Origin.EXACT : !corrections.isEmpty() ? ResolvedQuery.Origin.FUZZY
          : ResolvedQuery.Origin.PREFIX);
    }
    for (Named named : concepts(forms)) {
      // A name read through a corrected or completed word counts no more than that word.
      ResolvedQuery.Origin origin = formOrigins.subList(named.from(), named.to() + 1).stream()
          .min(Comparator.comparingDouble(o -> o.weight)).orElseThrow();
      add(terms, named.concept(), origin, named.from(), named.to());
    }
    return new ResolvedQuery(text, words, List.copyOf(terms.values()));
  }

  /** Whether the text has any word at all ("))((" has none): without one there is nothing to look up. */
  public static boolean hasWords(String text) {
    String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    return !words(Vocabulary.lower(cut)).isEmpty();
  }

  /** The query's words, cut as the index cut its text. */
  static List<String> words(String text) {
    try (Analyzer tokens = SearchAnalyzer.tokens()) {
      List<String> words = Vocabulary.surfaces(tokens, text);
      return words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
    }
  }

  /** The words with each closed compound the vocabulary knows ("crossentropy") read as its parts. */
  List<String> apart(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String word : words) {
      Vocabulary.Surface known = vocabulary.surface(word);
      out.addAll(known != null && !known.parts().isEmpty() ? known.parts() : List.of(word));
    }
    return out.size() > MAX_WORDS ? out.subList(0, MAX_WORDS) : out;
  }

  /** Typo tolerance is for words: "1,000" is not a misspelt "10000". */
  static long letters(String word) {
    return word.codePoints().filter(Character::isLetter).count();
  }

  /** A term keeps the strongest way it was reached, and stands for every word that reached it. */
  private static void add(Map<String, ResolvedQuery.Clause> terms, String term, ResolvedQuery.Origin origin, int from,
      int to) {
    SortedSet<Integer> words = new TreeSet<>();
    for (int i = from; i <= to; i++) {
      words.add(i);
    }
    terms.merge(term, new ResolvedQuery.Clause(term, origin, words), (a, b) -> {
      words.addAll(a.fromWords());
      return new ResolvedQuery.Clause(term, a.weight() >= b.weight() ? a.origin() : b.origin(), words);
    });
  }

  /** Known words starting with the prefix (not the prefix itself, nor a closed compound), most frequent first. */
  List<Vocabulary.Surface> completions(String prefix) {
    if (prefix.length() < MIN_PREFIX) {
      return List.of();
    }
    return vocabulary.surfaces().subMap(prefix, false, prefix + Character.MAX_VALUE, false).values().stream()
        .filter(Vocabulary.Surface::isWord)
        .sorted(BY_COUNT).limit(MAX_COMPLETIONS).toList();
  }

  /** Known words one edit away, most frequent first. */
  List<Vocabulary.Surface> corrections(String word) {
    return vocabulary.surfaces().values().stream()
        .filter(s -> s.isWord() && s.form().length() >= MIN_FUZZY - 1 && OneEdit.apart(word, s.form()))
        .sorted(BY_COUNT).limit(MAX_CORRECTIONS).toList();
  }

  private static final Comparator<Vocabulary.Surface> BY_COUNT =
      Comparator.comparingInt(Vocabulary.Surface::count).reversed().thenComparing(Vocabulary.Surface::form);

  /** A topic named by the query words {@code from..to}. */
  record Named(String concept, int from, int to) {}

  /** Topic names in the word forms, matched left to right, longest first, not overlapping. */
  List<Named> concepts(List<String> forms) {
    List<Named> out = new ArrayList<>();
    int i = 0;
    while (i < forms.size()) {
      int longest = 0;
      Set<String> found = Set.of();
      String first = forms.get(i);
      for (Vocabulary.Phrase phrase : first == null ? List.<Vocabulary.Phrase>of()
          : vocabulary.phrases().getOrDefault(first, List.of())) {
        int length = 1 + phrase.rest().size();
        if (length > longest && i + length <= forms.size() && forms.subList(i + 1, i + length).equals(phrase.rest())) {
          longest = length;
          found = phrase.concepts();
        }
      }
      int from = i;
      int to = i + longest - 1;
      found.stream().sorted().forEach(c -> out.add(new Named(c, from, to)));
      i += Math.max(longest, 1);
    }
    return out;
  }
}
