package dev.studyguide.graph;

import dev.studyguide.model.Item;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Puts each item on the topic that scores best for it (BM25) in an index of topics: each topic is a document of
 * its names (title and aliases, with their concept token) and a text field of its summary and the notes placed
 * on it. The item's title and prompt weigh most; the topics they name weigh more still; follow-ups and body
 * count a little. A topic the item names is preferred over any it does not: first those its main clause names
 * (a question's clause before "and how ...", a note's title), then those its title or prompt names, in score
 * order; only an item that names no topic is placed by score alone.
 */
final class TopicAssigner {
  private static final int MAX_DETAIL_TERMS = 24;
  /** Enough ranked topics to find the best named one; a named topic beyond them still wins over none. */
  private static final int RANKED = 24;

  private static final int ROUNDS_KEPT = 2;

  private final ConceptAnalyzer analyzer;
  private final Taxonomy taxonomy;
  private final Map<Map<String, List<Item>>, Round> rounds = new LinkedHashMap<>(4, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Map<String, List<Item>>, Round> eldest) {
      if (size() > ROUNDS_KEPT) {
        eldest.getValue().close();
        return true;
      }
      return false;
    }
  };

  /** Every topic name by its {@link TaxonomyLoader#key}: names are unique in that form, so each maps to one. */
  private final Map<String, String> topicByName = new HashMap<>();

  TopicAssigner(ConceptAnalyzer analyzer, Taxonomy taxonomy) {
    this.analyzer = analyzer;
    this.taxonomy = taxonomy;
    taxonomy.topics().forEach(t -> t.names().forEach(n -> topicByName.putIfAbsent(TaxonomyLoader.key(n), t.id())));
  }

  /**
   * Places {@code items} against topics whose documents include {@code notesByTopic}' text. A placement depends
   * only on the item and the topic index, so an item placed before against the same index keeps its placement
   * (a rebuild after a one-line edit places one item, not four hundred).
   */
  List<Placement> place(List<Item> items, Map<String, List<Item>> notesByTopic) {
    Round round = rounds.computeIfAbsent(notesByTopic, notes -> new Round());
    round.placed.keySet().retainAll(new HashSet<>(items));
    List<Item> missing = items.stream().filter(i -> !round.placed.containsKey(i)).toList();
    if (!missing.isEmpty()) {
      TermQueries queries = round.queries(notesByTopic);
      // On every core: each placement reads only the item and the index.
      List<Placement> placed = missing.parallelStream().map(i -> placeOne(queries, i)).toList();
      for (int i = 0; i < missing.size(); i++) {
        round.placed.put(missing.get(i), placed.get(i));
      }
    }
    return items.stream().map(round.placed::get).toList();
  }

  /**
   * One topic index and what was placed against it. The assigner keeps the last two (the notes' round and the
   * questions' round of the last build); an older one is closed.
   */
  private final class Round implements AutoCloseable {
    final Map<Item, Placement> placed = new HashMap<>();
    private ByteBuffersDirectory directory;
    private DirectoryReader reader;
    private TermQueries queries;

    /** Queries against the topic index, built the first time it is asked for. */
    TermQueries queries(Map<String, List<Item>> notesByTopic) {
      if (queries == null) {
        try {
          directory = new ByteBuffersDirectory();
          index(directory, notesByTopic);
          reader = DirectoryReader.open(directory);
          queries = new TermQueries(new IndexSearcher(reader));
        } catch (IOException e) {
          throw new UncheckedIOException("in-memory index", e);
        }
      }
      return queries;
    }

    @Override
    public void close() {
      try {
        if (reader != null) {
          reader.close();
          directory.close();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("in-memory index", e);
      }
    }
  }

  private void index(ByteBuffersDirectory directory, Map<String, List<Item>> notesByTopic) throws IOException {
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (Topic topic : taxonomy.topics()) {
        Document doc = new Document();
        for (String name : topic.names()) {
          doc.add(new TextField("name", name, Field.Store.NO));
        }
        doc.add(new TextField("text", topic.summary(), Field.Store.NO));
        for (Item note : notesByTopic.getOrDefault(topic.id(), List.of())) {
          doc.add(new TextField("text", ProseText.headline(note) + "\n" + ProseText.details(note), Field.Store.NO));
        }
        writer.addDocument(doc);
      }
    }
  }

  private Placement placeOne(TermQueries queries, Item item) {
    try {
      return rank(queries, item);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index", e);
    }
  }

  private Placement rank(TermQueries queries, Item item) throws IOException {
    List<String> headline = analyzer.terms(ProseText.headline(item));
    List<String> section = item.sectionPath().isEmpty() ? List.of()
        : analyzer.terms(item.sectionPath().get(item.sectionPath().size() - 1));
    List<String> details = frequent(analyzer.terms(ProseText.details(item)));
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    addTerms(queries, query, distinct(headline), Map.of("name", 4f, "text", 1f), 2f);
    addTerms(queries, query, distinct(section), Map.of("name", 1.5f, "text", 0.5f), 1f);
    addTerms(queries, query, details, Map.of("name", 0.5f, "text", 0.3f), 1.5f);
    Set<String> named = conceptsOf(headline);
    Set<String> focus = analyzer.concepts(mainClause(item));
    ScoreDoc[] hits = queries.searcher().search(query.build(), RANKED).scoreDocs;
    List<String> ranked = new ArrayList<>();
    for (ScoreDoc hit : hits) {
      // One segment written in taxonomy order, never merged or deleted from: doc id = topic index.
      ranked.add(taxonomy.topics().get(hit.doc).id());
    }
    java.util.Optional<String> byTitle = titleNames(item);
    String best = byTitle.or(() -> firstIn(ranked, focus)).or(() -> firstIn(ranked, named))
        .orElse(ranked.isEmpty() ? taxonomy.topics().get(0).id() : ranked.get(0));
    double score = ranked.contains(best) ? hits[ranked.indexOf(best)].score : 0;
    List<String> also = named.stream().filter(t -> !t.equals(best)).limit(3).toList();
    // A title that is a name of the topic names it, even where the analyzer reads a longer name in its words; a
    // sub-section titled only "Key Properties" takes its subject from the heading of the section it sits in.
    boolean byName = byTitle.isPresent() || named.contains(best) || conceptsOf(section).contains(best);
    Placement.Fit fit = byName ? Placement.Fit.NAMED : Placement.Fit.GUESSED;
    return new Placement(item, best, also, score, fit);
  }

  /**
   * The topic a note's title is a name of, whole (its section number aside): "4.19 Transformer Architecture" is
   * about the topic of that name, even where a longer name of another topic ("transformer architectures") also
   * matches its words and scores higher.
   */
  private java.util.Optional<String> titleNames(Item item) {
    if (item.isQuestion()) {
      return java.util.Optional.empty();
    }
    String title = SECTION_NUMBER.matcher(item.title()).replaceFirst("");
    return java.util.Optional.ofNullable(topicByName.get(TaxonomyLoader.key(title)));
  }

  private static final java.util.regex.Pattern SECTION_NUMBER = java.util.regex.Pattern.compile("^[0-9][0-9.]*\\s+");

  /** A question's main clause, a note's title: where the item says what it is about. */
  private static String mainClause(Item item) {
    return item.isQuestion() ? QuestionShape.of(ProseText.of(item.prompt())).mainClause() : item.title();
  }

  /** The best-ranked topic among {@code wanted}; a wanted topic no term reached still beats nothing. */
  private static java.util.Optional<String> firstIn(List<String> ranked, Set<String> wanted) {
    return ranked.stream().filter(wanted::contains).findFirst().or(() -> wanted.stream().findFirst());
  }

  private static void addTerms(TermQueries queries, BooleanQuery.Builder query, List<String> terms,
      Map<String, Float> fields, float conceptBoost) {
    // Sorted fields: a fixed clause order keeps float sums, and so placements, identical run to run.
    Map<String, Float> sorted = new TreeMap<>(fields);
    for (String term : terms) {
      float factor = ConceptAnalyzer.isConcept(term) ? conceptBoost : 1f;
      for (Map.Entry<String, Float> field : sorted.entrySet()) {
        Query clause = queries.of(new Term(field.getKey(), term));
        query.add(new BoostQuery(clause, field.getValue() * factor), BooleanClause.Occur.SHOULD);
      }
    }
  }

  private static Set<String> conceptsOf(List<String> terms) {
    Set<String> out = new LinkedHashSet<>();
    terms.stream().filter(ConceptAnalyzer::isConcept).map(ConceptAnalyzer::topicOf).forEach(out::add);
    return out;
  }

  private static List<String> distinct(List<String> terms) {
    return new LinkedHashSet<>(terms).stream().limit(64).toList();
  }

  /** The most frequent terms of a long text, ties in order of appearance. */
  private static List<String> frequent(List<String> terms) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    terms.forEach(t -> counts.merge(t, 1, Integer::sum));
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort((a, b) -> b.getValue() - a.getValue());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(MAX_DETAIL_TERMS, entries.size()); i++) {
      out.add(entries.get(i).getKey());
    }
    return out;
  }

  static Map<String, List<Item>> byTopic(List<Placement> placements) {
    Map<String, List<Item>> out = new HashMap<>();
    placements.forEach(p -> out.computeIfAbsent(p.topic(), k -> new ArrayList<>()).add(p.item()));
    return out;
  }
}
