package dev.studyguide.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.CharsRef;

/**
 * English analysis that also recognises the taxonomy's topics. Every name of a topic (title or alias) found
 * in a text adds a concept token {@code topic:<id>} beside the words, so "Kullback-Leibler divergence",
 * "relative entropy" and "KL" all yield {@code topic:kl-divergence}.
 *
 * <p>The chain: standard tokenizer → acronym names, matched case-sensitively so the word "map" is not MAP →
 * lower case, accents folded (Cramér = Cramer) → possessives → plural-only stemming → names matched on those forms, so "eigenvectors" names
 * "eigenvector" (Porter would make "explainability" name every "explain") → Porter stemmer for the words →
 * stop words (stemmed, because they are removed after stemming; removing them earlier would leave holes the
 * synonym matcher cannot bridge).
 */
public final class ConceptAnalyzer extends Analyzer {
  public static final String CONCEPT_PREFIX = "topic:";

  private final SynonymMap acronyms;
  private final SynonymMap phrases;
  private final CharArraySet conceptTokens;
  private final CharArraySet stemmedStopWords;
  private final java.util.Map<String, List<String>> names;
  private final Taxonomy taxonomy;

  private ConceptAnalyzer(Taxonomy taxonomy, SynonymMap acronyms, SynonymMap phrases, CharArraySet conceptTokens,
      java.util.Map<String, List<String>> names) {
    this.taxonomy = taxonomy;
    this.names = names;
    this.acronyms = acronyms;
    this.phrases = phrases;
    this.conceptTokens = conceptTokens;
    this.stemmedStopWords = stemmedStopWords();
  }

  /** The analyzer of the last taxonomy asked for: every stage of a build (and every rebuild) asks again. */
  private static ConceptAnalyzer last;

  /**
   * The analyzer for {@code taxonomy}. Building one (a synonym map of every topic name) costs as much as
   * analysing the whole corpus, and its memo of analysed texts is worth keeping, so the analyzer of the last
   * taxonomy is shared while the taxonomy stays the same.
   */
  public static synchronized ConceptAnalyzer of(Taxonomy taxonomy) {
    taxonomy = taxonomy.authored(); // "More ... questions" is no concept, and the analyzer stays shared
    if (last == null || !last.taxonomy.equals(taxonomy)) {
      last = build(taxonomy);
    }
    return last;
  }

  private static ConceptAnalyzer build(Taxonomy taxonomy) {
    try (Analyzer names = new NameAnalyzer()) {
      SynonymMap.Builder acronyms = new SynonymMap.Builder(true);
      SynonymMap.Builder phrases = new SynonymMap.Builder(true);
      CharArraySet tokens = new CharArraySet(taxonomy.topics().size(), false);
      for (Topic topic : taxonomy.topics()) {
        CharsRef concept = new CharsRef(CONCEPT_PREFIX + topic.id());
        tokens.add(concept.toString());
        for (String name : topic.names()) {
          if (isAcronym(name)) {
            acronyms.add(new CharsRef(name), concept, true);
            continue;
          }
          List<String> words = tokens(names, name);
          if (!words.isEmpty()) {
            phrases.add(new CharsRef(String.join(String.valueOf(SynonymMap.WORD_SEPARATOR), words)), concept, true);
          }
        }
      }
      java.util.Map<String, List<String>> namesById = new java.util.HashMap<>();
      taxonomy.topics().forEach(t -> namesById.put(t.id(), t.names()));
      return new ConceptAnalyzer(taxonomy, acronyms.build(), phrases.build(), tokens, namesById);
    } catch (IOException e) {
      throw new UncheckedIOException("analysing topic names in memory", e);
    }
  }

  /** KL, SGD, L1, MAP: all capitals (and digits), at least two letters or a letter and a digit. */
  static boolean isAcronym(String name) {
    return name.length() >= 2 && name.length() <= 6 && name.matches("[A-Z][A-Z0-9]+");
  }

  public static boolean isConcept(String term) {
    return term.startsWith(CONCEPT_PREFIX);
  }

  public static String topicOf(String conceptTerm) {
    return conceptTerm.substring(CONCEPT_PREFIX.length());
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = acronyms.fst == null ? source : new SynonymGraphFilter(source, acronyms, false);
    stream = new SetKeywordMarkerFilter(stream, conceptTokens);
    stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
    stream = new EnglishPossessiveFilter(stream);
    stream = new EnglishMinimalStemFilter(stream);
    if (phrases.fst != null) {
      stream = new SynonymGraphFilter(stream, phrases, true);
    }
    stream = new SetKeywordMarkerFilter(stream, conceptTokens);
    stream = new PorterStemFilter(stream);
    stream = new StopFilter(stream, stemmedStopWords);
    return new TokenStreamComponents(source, stream);
  }

  /** Analysed texts: a build analyses the same headline for placement, merging and links. */
  private final java.util.Map<String, List<String>> analysed = new java.util.concurrent.ConcurrentHashMap<>();

  /** All terms of a text in order, words (stemmed) and concept tokens alike. */
  public List<String> terms(String text) {
    if (text.length() > 20_000) {
      return analyse(text); // not worth keeping
    }
    return analysed.computeIfAbsent(text, this::analyse);
  }

  /**
   * One string per distinct term for all remembered texts. The memo keeps every item's analysed text (placement,
   * fit and links each ask for it), some hundred terms an item; as strings of their own, a hundred times the
   * corpus held four million of them and filled a 512 MB heap, while the distinct terms are a few thousand.
   */
  private final java.util.Map<String, String> vocabulary = new java.util.concurrent.ConcurrentHashMap<>();

  private List<String> analyse(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(vocabulary.computeIfAbsent(term.toString(), t -> t));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text in memory", e);
    }
    return List.copyOf(out);
  }

  /**
   * The terms of a text with the words of every named topic's names dropped, leaving its concept token:
   * "Kullback-Leibler (KL) divergence" and "KL divergence" both give {@code topic:kl-divergence} alone. For
   * comparing what texts are about without counting how fully each spelled a name out. A name's
   * {@linkplain #modifierWords modifier words} stay: "reverse KL" is a part of the topic, not another name for it.
   */
  public List<String> conceptTerms(String text) {
    List<String> terms = terms(text);
    Set<String> nameWords = new java.util.HashSet<>();
    for (String term : terms) {
      if (isConcept(term)) {
        nameWords.addAll(nameWords(topicOf(term)));
      }
    }
    return terms.stream().filter(t -> isConcept(t) || !nameWords.contains(t)).toList();
  }

  private final java.util.Map<String, Set<String>> nameWords = new java.util.concurrent.ConcurrentHashMap<>();

  /** The analysed words of all of a topic's names, but its modifier words. */
  private Set<String> nameWords(String topicId) {
    return nameWords.computeIfAbsent(topicId, id -> {
      Set<String> words = new java.util.HashSet<>();
      names.getOrDefault(id, List.of()).forEach(name -> words.addAll(wordsOf(name)));
      words.removeAll(modifierWords(id));
      return words;
    });
  }

  private Set<String> wordsOf(String name) {
    return Set.copyOf(wordList(name));
  }

  private List<String> wordList(String name) {
    return terms(name).stream().filter(t -> !isConcept(t)).toList();
  }

  /**
   * The words that make some of a topic's names narrower than the topic: a word a name puts before the last word
   * of another of its names ("reverse KL" to "KL", "strong duality" to "duality", "type II error" to "type
   * error"), as English noun phrases narrow by what comes before their head, while a word after it makes a
   * longer name for the same thing ("KL divergence", "maximum likelihood estimation"). A word that also comes
   * with another of the topic's names is a head word, not a modifier. Two questions that name the topic through
   * such names may ask about different parts of it.
   */
  Set<String> modifierWords(String topicId) {
    return modifierWords.computeIfAbsent(topicId, id -> {
      List<List<String>> lists = names.getOrDefault(id, List.of()).stream().map(this::wordList).toList();
      Set<String> out = new java.util.TreeSet<>();
      for (List<String> wide : lists) {
        for (List<String> base : lists) {
          if (base.isEmpty() || Set.copyOf(wide).equals(Set.copyOf(base)) || !wide.containsAll(base)) {
            continue;
          }
          int head = wide.lastIndexOf(base.get(base.size() - 1));
          for (String word : wide.subList(0, head)) {
            boolean withOtherBase = lists.stream().anyMatch(l -> l.contains(word) && !l.containsAll(base));
            if (!base.contains(word) && !withOtherBase) {
              out.add(word);
            }
          }
        }
      }
      return Set.copyOf(out);
    });
  }

  private final java.util.Map<String, Set<String>> modifierWords = new java.util.concurrent.ConcurrentHashMap<>();

  /** A topic's title, or "" for an id the taxonomy lacks. */
  String title(String topicId) {
    return names.getOrDefault(topicId, List.of("")).get(0);
  }

  private final java.util.Map<String, List<Set<String>>> nameWordSets = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The analysed words of each of a topic's names that has two words or more ("dual problem": dual, problem),
   * to recognise a name whose words a text has but not side by side ("the dual of the ... problem").
   */
  public List<Set<String>> multiWordNames(String topicId) {
    return nameWordSets.computeIfAbsent(topicId, id -> names.getOrDefault(id, List.of()).stream()
        .map(name -> Set.copyOf(terms(name).stream().filter(t -> !isConcept(t)).toList()))
        .filter(words -> words.size() >= 2)
        .toList());
  }

  /** A topic named in a text, at {@code [start, end)} of that text. */
  public record Mention(String topic, int start, int end) {}

  /** Every place a text names a topic, in order. */
  public List<Mention> mentions(String text) {
    return mentioned.computeIfAbsent(text, this::findMentions);
  }

  /** Every render of every output (and rebuild) asks again for the same texts' mentions. */
  private final java.util.Map<String, List<Mention>> mentioned = new java.util.concurrent.ConcurrentHashMap<>();

  private List<Mention> findMentions(String text) {
    List<Mention> found = allMentions(text);
    if (found.isEmpty()) {
      return found;
    }
    List<Word> words = nameFormWords(text);
    return found.stream().filter(m -> !insideLongerTerm(m, words)).toList();
  }

  /** A word of a text in the forms names are matched on, and where it stands. */
  private record Word(String form, int start, int end) {}

  private static final int LONGEST_TERM = 6;

  /**
   * Whether the words around a mention, with it, are a longer run of another topic's name: "basis" in "radial
   * basis function" is part of "radial basis function kernel", not the basis of a vector space. The longest known
   * term wins; only a whole name links, so such a word links nowhere.
   */
  private boolean insideLongerTerm(Mention mention, List<Word> words) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).start() >= mention.start() && words.get(i).end() <= mention.end()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return false;
    }
    for (int from = Math.max(0, last + 1 - LONGEST_TERM); from <= first; from++) {
      for (int to = last + 1; to <= Math.min(words.size(), from + LONGEST_TERM); to++) {
        if (to - from == last + 1 - first) {
          continue;
        }
        StringBuilder run = new StringBuilder();
        words.subList(from, to).forEach(w -> run.append(run.isEmpty() ? "" : " ").append(w.form()));
        Set<String> owners = nameRuns().get(run.toString());
        if (owners != null && !owners.contains(mention.topic())) {
          return true;
        }
      }
    }
    return false;
  }

  private java.util.Map<String, Set<String>> nameRuns;

  /** Every run of two or more consecutive words of a multi-word name, with the topics whose names have it. */
  private synchronized java.util.Map<String, Set<String>> nameRuns() {
    if (nameRuns == null) {
      java.util.Map<String, Set<String>> runs = new java.util.HashMap<>();
      try (Analyzer forms = new NameAnalyzer()) {
        for (Topic topic : taxonomy.topics()) {
          for (String name : topic.names()) {
            List<String> w = tokens(forms, name);
            for (int from = 0; from < w.size(); from++) {
              for (int to = from + 2; to <= w.size(); to++) {
                runs.computeIfAbsent(String.join(" ", w.subList(from, to)), k -> new java.util.HashSet<>())
                    .add(topic.id());
              }
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("analysing topic names in memory", e);
      }
      nameRuns = runs;
    }
    return nameRuns;
  }

  private static List<Word> nameFormWords(String text) {
    List<Word> out = new ArrayList<>();
    try (Analyzer forms = new NameAnalyzer(); TokenStream stream = forms.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text in memory", e);
    }
    return out;
  }

  private List<Mention> allMentions(String text) {
    List<Mention> out = new ArrayList<>();
    try (TokenStream stream = tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (isConcept(term.toString())) {
          out.add(new Mention(topicOf(term.toString()), offset.startOffset(), offset.endOffset()));
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text in memory", e);
    }
    return List.copyOf(out);
  }

  /** The ids of the topics a text names, in order of first mention. */
  public Set<String> concepts(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String term : terms(text)) {
      if (isConcept(term)) {
        out.add(topicOf(term));
      }
    }
    return out;
  }

  /**
   * Snowball's English stop list (about 170 words: "from", "what", "does" ...), stemmed. Lucene's default list
   * has 33 words and leaves "from" and "what" to count as content.
   */
  private static CharArraySet stemmedStopWords() {
    CharArraySet out = new CharArraySet(256, false);
    try (Analyzer stems = new StemAnalyzer();
        var reader = new java.io.InputStreamReader(
            SnowballFilter.class.getResourceAsStream("english_stop.txt"), java.nio.charset.StandardCharsets.UTF_8)) {
      for (Object word : WordlistLoader.getSnowballWordSet(reader)) {
        out.addAll(tokens(stems, new String((char[]) word)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The terms any analyzer makes of a text, in order. */
  public static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    }
    return out;
  }

  /**
   * The chain up to where names are matched (lower case, accents folded, possessives and plurals removed), for a
   * later stage that must see text in the forms topic names are matched on.
   */
  public static Analyzer nameForms() {
    return new NameAnalyzer();
  }

  /** The chain up to where names are matched, to analyse topic names the way text is analysed there. */
  private static final class NameAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
      stream = new EnglishPossessiveFilter(stream);
      return new TokenStreamComponents(source, new EnglishMinimalStemFilter(stream));
    }
  }

  /** Words as the end of the chain stems them, for the stop list. */
  private static final class StemAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
      stream = new EnglishMinimalStemFilter(new EnglishPossessiveFilter(stream));
      return new TokenStreamComponents(source, new PorterStemFilter(stream));
    }
  }
}
