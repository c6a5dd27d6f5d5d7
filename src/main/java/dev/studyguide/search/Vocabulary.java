package dev.studyguide.search;

import dev.studyguide.graph.ConceptAnalyzer;
import dev.studyguide.graph.Topic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * What the query side needs to analyze a query exactly as Lucene analyzed the documents, without a stemmer: every
 * surface form of the indexed text (a word as the tokenizer cut it, lower-cased) with the terms Lucene makes of it,
 * and every topic name as the sequence of forms the concept analyzer matches names on. The CLI and the browser
 * both resolve queries through this table (the browser through its export), so they agree by construction.
 */
public final class Vocabulary {
  /**
   * A word as typed.
   *
   * @param terms the index terms Lucene makes of it alone: its stem, plus the concept of the acronym it spells
   *     in capitals ("kl" → {@code kl}, {@code topic:kl-divergence}); empty for stop words
   * @param nameForm the form topic names are matched on ("networks" → "network")
   * @param count in how many documents it occurs, to rank completions and corrections
   * @param parts for a closed compound the text writes only apart ("crossentropy" of "cross-entropy"), the words
   *     it stands for: a query reads it as those words; empty for a word the text has
   */
  public record Surface(String form, List<String> terms, String nameForm, int count, List<String> parts) {
    public Surface {
      terms = List.copyOf(terms);
      parts = List.copyOf(parts);
    }

    public Surface(String form, List<String> terms, String nameForm, int count) {
      this(form, terms, nameForm, count, List.of());
    }

    /**
     * A word of the text with terms: what a word being typed is completed to and a typo corrected to (a closed
     * compound is not: "softmax" would complete to every compound starting with it).
     */
    public boolean isWord() {
      return !terms.isEmpty() && parts.isEmpty();
    }
  }

  /** A topic name after its first word: the rest of its forms and the concepts it stands for. */
  public record Phrase(List<String> rest, Set<String> concepts) {
    public Phrase {
      rest = List.copyOf(rest);
      concepts = Set.copyOf(concepts);
    }
  }

  private final NavigableMap<String, Surface> surfaces;
  private final Map<String, List<Phrase>> phrases;

  private Vocabulary(NavigableMap<String, Surface> surfaces, Map<String, List<Phrase>> phrases) {
    this.surfaces = surfaces;
    this.phrases = phrases;
  }

  /**
   * The vocabulary of the given documents, analyzed by {@code analyzer} (the index's); texts and forms analysed
   * before come from {@code memo}.
   */
  static Vocabulary of(List<SearchDoc> docs, Analyzer analyzer, List<Topic> topics, AnalysisMemo memo) {
    Map<String, Integer> counts = new TreeMap<>();
    try (Analyzer tokens = SearchAnalyzer.tokens(); Analyzer forms = SearchAnalyzer.nameForms(true);
        Analyzer nameForms = SearchAnalyzer.nameForms(false)) {
      for (SearchDoc doc : docs) {
        Set<String> inDoc = new HashSet<>();
        for (String value : fieldValues(doc)) {
          inDoc.addAll(memo.words("surfaces", value, text -> surfaces(tokens, text)));
        }
        for (String surface : inDoc) {
          counts.merge(surface, 1, Integer::sum);
          String folded = fold(surface);
          if (!folded.equals(surface)) {
            counts.merge(folded, 1, Integer::sum);
          }
        }
      }
      NavigableMap<String, Surface> surfaces = new TreeMap<>();
      for (Map.Entry<String, Integer> entry : counts.entrySet()) {
        String form = entry.getKey();
        List<String> terms = memo.words("terms", form, word -> termsOf(analyzer, word));
        List<String> nameForm = memo.words("name form", form, word -> analyze(forms, word));
        surfaces.put(form, new Surface(form, terms, String.join(" ", nameForm), entry.getValue()));
      }
      addClosedCompounds(surfaces, compounds(docs, topics, tokens, memo));
      return new Vocabulary(surfaces, phrases(nameForms, topics));
    } catch (IOException e) {
      throw new UncheckedIOException("analysing the index vocabulary in memory", e);
    }
  }

  /**
   * Words written apart or hyphenated in the text ("cross-entropy", and the topic name "cross entropy loss"'s
   * "cross entropy"), each as its words, with how many documents write it so: their closed forms become words a
   * query may use. Only names and hyphenated chains, not every pair of neighbours: those are the spellings people
   * close up ("crossentropy", "kmeans"), and a closed form must not collide with a real word.
   */
  private static Map<List<String>, Integer> compounds(List<SearchDoc> docs, List<Topic> topics, Analyzer tokens,
      AnalysisMemo memo) {
    Map<List<String>, Integer> out = new TreeMap<>(Vocabulary::compareLists);
    for (SearchDoc doc : docs) {
      Set<String> inDoc = new HashSet<>();
      for (String value : fieldValues(doc)) {
        inDoc.addAll(memo.words("hyphenated", value, text -> hyphenated(tokens, text)));
      }
      inDoc.forEach(chain -> out.merge(List.of(chain.split(" ")), 1, Integer::sum));
    }
    for (Topic topic : topics) {
      for (String name : topic.names()) {
        List<String> words = surfaces(tokens, name);
        for (int i = 0; i + 1 < words.size(); i++) {
          out.merge(words.subList(i, i + 2), 1, Integer::sum);
        }
      }
    }
    return out;
  }

  /** The chains of words joined by single hyphens in a text ("cross-entropy", "state-of-the-art"), lower case. */
  static List<String> hyphenated(Analyzer tokens, String text) {
    List<String> out = new ArrayList<>();
    List<String> chain = new ArrayList<>();
    int lastEnd = -1;
    try (TokenStream stream = tokens.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        boolean joined = lastEnd >= 0 && offset.startOffset() == lastEnd + 1 && text.charAt(lastEnd) == '-';
        if (!joined) {
          flushChain(chain, out);
        }
        chain.add(lower(term.toString()));
        lastEnd = offset.endOffset();
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    flushChain(chain, out);
    return out;
  }

  private static void flushChain(List<String> chain, List<String> out) {
    if (chain.size() > 1) {
      out.add(String.join(" ", chain));
    }
    chain.clear();
  }

  /**
   * Adds the closed form of each compound whose words are all known and which the text never writes closed: it
   * stands for its words (its terms are theirs, for completion), so "crossentropy" finds what "cross-entropy" does.
   */
  private static void addClosedCompounds(NavigableMap<String, Surface> surfaces, Map<List<String>, Integer> compounds) {
    compounds.forEach((words, count) -> {
      String closed = String.join("", words);
      if (closed.length() < QueryResolver.MIN_FUZZY || surfaces.containsKey(closed)
          || !words.stream().allMatch(w -> surfaces.containsKey(w) && w.codePoints().allMatch(Character::isLetter))) {
        return;
      }
      Set<String> terms = new LinkedHashSet<>();
      words.forEach(w -> terms.addAll(surfaces.get(w).terms()));
      surfaces.put(closed, new Surface(closed, List.copyOf(terms), closed, count, words));
    });
  }

  public NavigableMap<String, Surface> surfaces() {
    return surfaces;
  }

  public Surface surface(String form) {
    return surfaces.get(form);
  }

  /** Topic names by the form of their first word. */
  public Map<String, List<Phrase>> phrases() {
    return phrases;
  }

  /** Every field value of a document, as the index reads it. */
  static List<String> fieldValues(SearchDoc doc) {
    List<String> out = new ArrayList<>(doc.names());
    out.addAll(doc.headings());
    out.addAll(doc.body());
    return out;
  }

  /**
   * The surface forms of a text in order: each token as the tokenizer cut it after {@link MathChars} (so "σ" is
   * "sigma" and "ℓ1" is "l1"), lower-cased.
   */
  static List<String> surfaces(Analyzer tokens, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = tokens.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(lower(term.toString()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /** Accents folded as the analyzer folds them, so "cramer" finds "Cramér". */
  static String fold(String surface) {
    char[] input = surface.toCharArray();
    char[] output = new char[input.length * 4];
    int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
    return new String(output, 0, length);
  }

  /**
   * The terms of one word typed in lower case: the words Lucene makes of it, plus any concept its capitalised
   * form names as an acronym. Concepts of topic names come from {@link #phrases()} instead, because the name
   * matcher works across words (greedy, longest first) and a word alone would claim names it is only part of.
   */
  static List<String> termsOf(Analyzer analyzer, String form) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    for (String term : analyze(analyzer, form)) {
      if (!ConceptAnalyzer.isConcept(term)) {
        out.add(term);
      }
    }
    Set<String> lowerConcepts = concepts(analyzer, form);
    for (String term : concepts(analyzer, form.toUpperCase(Locale.ROOT))) {
      if (!lowerConcepts.contains(term)) {
        out.add(term);
      }
    }
    return List.copyOf(out);
  }

  private static Set<String> concepts(Analyzer analyzer, String text) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    for (String term : analyze(analyzer, text)) {
      if (ConceptAnalyzer.isConcept(term)) {
        out.add(term);
      }
    }
    return out;
  }

  static List<String> analyze(Analyzer analyzer, String text) throws IOException {
    return ConceptAnalyzer.tokens(analyzer, text);
  }

  /**
   * Every topic name the concept analyzer matches as a phrase (all but acronyms, which it matches case-sensitively
   * word by word: its rule, capitals and digits, 2 to 6 characters, is repeated here), by first form.
   */
  private static Map<String, List<Phrase>> phrases(Analyzer nameForms, List<Topic> topics) throws IOException {
    Map<List<String>, Set<String>> byForms = new TreeMap<>(Vocabulary::compareLists);
    for (Topic topic : topics) {
      for (String name : topic.names()) {
        if (name.length() >= 2 && name.length() <= 6 && name.matches("[A-Z][A-Z0-9]+")) {
          continue;
        }
        List<String> forms = analyze(nameForms, name);
        if (!forms.isEmpty()) {
          byForms.computeIfAbsent(forms, k -> new TreeSet<>())
              .add(ConceptAnalyzer.CONCEPT_PREFIX + topic.id());
        }
      }
    }
    Map<String, List<Phrase>> out = new TreeMap<>();
    byForms.forEach((forms, concepts) -> out.computeIfAbsent(forms.get(0), k -> new ArrayList<>())
        .add(new Phrase(forms.subList(1, forms.size()), concepts)));
    return out;
  }

  private static int compareLists(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** All surfaces, for tests and the export. */
  Collection<Surface> all() {
    return surfaces.values();
  }
}
