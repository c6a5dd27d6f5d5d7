package dev.studyguide.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.studyguide.graph.ConceptAnalyzer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The index as static files the browser loads with script tags (so it works from {@code file://} as well as over
 * HTTP, under any sub-path), each a call {@code __studyguideSearch(name, data)}:
 *
 * <ul>
 *   <li>{@code search/index.js}, the one fixed name: the first key of every key shard, the weights and limits of
 *       {@link QueryResolver} and the relevance floor, and the names of the other files;
 *   <li>{@code search/k/HASH.js}, the key shards: one sorted key space holding, per surface form, the terms Lucene
 *       made of it (and its name form, document count, and for a closed compound its parts), per term its
 *       postings (document, precomputed score), the surfaces to highlight for it and, for a topic's concept, the
 *       topic's own page, and per name form the topic names starting with it; a stem sorts
 *       next to its words, so a word and its postings are nearly always in the same shard;
 *   <li>{@code search/w/LENGTH.HASH.js}, the known words of each length, fetched only to correct a typo;
 *   <li>{@code search/d-HASH/N.js}, one per document: kind, address, title, topic and the text snippets are cut
 *       from, fetched only when the result is shown.
 * </ul>
 *
 * Every name carries a hash of its content (the documents' folder a hash of all of them), so they can be cached
 * forever. Scores are Lucene's, times {@link #SCALE}, rounded.
 */
final class SearchExport {
  static final String DIR = "search/";
  static final String ENTRY = DIR + "index.js";
  static final String CALLBACK = "__studyguideSearch";
  static final int SCALE = 100;
  /**
   * Raw bytes per key shard before a new one starts: about 4 KB gzipped. Halving it saves ~3 KB on a cold query but
   * splits a word from its stem and names more often, so a query waits for more files (99 ms against 59 ms per
   * further query in SearchBenchmark).
   */
  static final int SHARD_BYTES = 12_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SearchIndex index;

  SearchExport(SearchIndex index) {
    this.index = index;
  }

  /** What was written, for the build's progress line and the tests. */
  record Summary(int files, long bytes, int shards, int keys, int docs) {}

  /** Writes every file through {@code write(relativePath, text)}. */
  Summary write(BiConsumer<String, String> write) {
    long[] bytes = {0};
    int[] files = {0};
    BiConsumer<String, String> counting = (path, text) -> {
      write.accept(path, text);
      bytes[0] += text.getBytes(StandardCharsets.UTF_8).length;
      files[0]++;
    };
    SortedMap<String, Map<String, Object>> keys = keys();
    List<List<String>> shards = new ArrayList<>();
    for (List<Map.Entry<String, Map<String, Object>>> shard : cut(keys)) {
      Map<String, Object> data = new LinkedHashMap<>();
      shard.forEach(e -> data.put(e.getKey(), e.getValue()));
      String name = "k/" + hash(json(data)) + ".js";
      counting.accept(DIR + name, script(name, data));
      shards.add(List.of(shard.get(0).getKey(), name));
    }
    Map<String, String> words = new TreeMap<>();
    wordsByLength().forEach((length, list) -> {
      String name = "w/" + length + "." + hash(json(list)) + ".js";
      counting.accept(DIR + name, script(name, list));
      words.put(String.valueOf(length), name);
    });
    List<String> docTexts = new ArrayList<>();
    for (SearchDoc doc : index.docs()) {
      docTexts.add(json(List.of(doc.kind().ordinal(), doc.url(), doc.title(), doc.topicTitle(), doc.text())));
    }
    String docDir = "d-" + hash(docTexts);
    for (int i = 0; i < docTexts.size(); i++) {
      String name = docDir + "/" + i + ".js";
      counting.accept(DIR + name, CALLBACK + "(" + json(name) + "," + docTexts.get(i) + ");\n");
    }
    counting.accept(ENTRY, script("index.js", meta(shards, words, docDir)));
    return new Summary(files[0], bytes[0], shards.size(), keys.size(), docTexts.size());
  }

  private Map<String, Object> meta(List<List<String>> shards, Map<String, String> words, String docDir) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("version", 1);
    meta.put("shards", shards);
    meta.put("words", words);
    meta.put("docs", index.docs().size());
    meta.put("docDir", docDir);
    meta.put("kinds", List.of(DocKind.values()).stream().map(DocKind::label).toList());
    meta.put("scale", SCALE);
    meta.put("chars", MathChars.map());
    Map<String, Object> rules = new LinkedHashMap<>();
    rules.put("maxChars", QueryResolver.MAX_CHARS);
    rules.put("maxWords", QueryResolver.MAX_WORDS);
    rules.put("minPrefix", QueryResolver.MIN_PREFIX);
    rules.put("maxCompletions", QueryResolver.MAX_COMPLETIONS);
    rules.put("minFuzzy", QueryResolver.MIN_FUZZY);
    rules.put("maxCorrections", QueryResolver.MAX_CORRECTIONS);
    rules.put("prefixWeight", ResolvedQuery.Origin.PREFIX.weight);
    rules.put("fuzzyWeight", ResolvedQuery.Origin.FUZZY.weight);
    rules.put("floor", SearchIndex.FLOOR);
    meta.put("rules", rules);
    return meta;
  }

  /** The key space: surfaces, terms and name forms, each with what the browser needs of it. */
  SortedMap<String, Map<String, Object>> keys() {
    SortedMap<String, Map<String, Object>> keys = new TreeMap<>();
    Map<String, Set<String>> highlights = new TreeMap<>();
    for (Vocabulary.Surface surface : index.vocabulary().all()) {
      Map<String, Object> entry = keys.computeIfAbsent(surface.form(), k -> new LinkedHashMap<>());
      entry.put("t", surface.terms());
      if (!surface.nameForm().equals(surface.form())) {
        entry.put("f", surface.nameForm());
      }
      entry.put("c", surface.count());
      if (!surface.parts().isEmpty()) {
        entry.put("s", surface.parts());
      }
      surface.terms().forEach(t -> highlights.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(surface.form()));
    }
    for (var topic : index.topics()) {
      String concept = ConceptAnalyzer.CONCEPT_PREFIX + topic.id();
      topic.names().forEach(n -> highlights.computeIfAbsent(concept, k -> new LinkedHashSet<>())
          .add(Vocabulary.lower(n)));
    }
    // A topic's own page, for the query that names it exactly (SearchIndex.search puts it first).
    Map<String, Integer> topicDocs = new HashMap<>();
    index.docs().stream().filter(d -> d.kind() == DocKind.TOPIC).forEach(d -> topicDocs.put(d.id(), d.index()));
    index.termScores().forEach((term, scores) -> {
      Map<String, Object> entry = keys.computeIfAbsent(term, k -> new LinkedHashMap<>());
      List<Integer> postings = new ArrayList<>();
      int previous = 0;
      for (Map.Entry<Integer, Double> posting : scores.entrySet()) {
        postings.add(posting.getKey() - previous);
        postings.add((int) Math.round(posting.getValue() * SCALE));
        previous = posting.getKey();
      }
      entry.put("p", postings);
      if (ConceptAnalyzer.isConcept(term) && topicDocs.containsKey(ConceptAnalyzer.topicOf(term))) {
        entry.put("o", topicDocs.get(ConceptAnalyzer.topicOf(term)));
      }
      Set<String> shown = highlights.getOrDefault(term, Set.of());
      if (!shown.equals(Set.of(term))) {
        entry.put("h", List.copyOf(shown));
      }
    });
    index.vocabulary().phrases().forEach((first, phrases) -> {
      List<Object> list = new ArrayList<>();
      phrases.forEach(p -> list.add(List.of(String.join(" ", p.rest()),
          p.concepts().stream().map(ConceptAnalyzer::topicOf).sorted().toList())));
      keys.computeIfAbsent(first, k -> new LinkedHashMap<>()).put("n", list);
    });
    return keys;
  }

  /** Consecutive keys, cut when a shard's JSON passes {@link #SHARD_BYTES}. */
  private static List<List<Map.Entry<String, Map<String, Object>>>> cut(SortedMap<String, Map<String, Object>> keys) {
    List<List<Map.Entry<String, Map<String, Object>>>> out = new ArrayList<>();
    List<Map.Entry<String, Map<String, Object>>> current = new ArrayList<>();
    int size = 0;
    for (Map.Entry<String, Map<String, Object>> entry : keys.entrySet()) {
      int entrySize = json(entry.getKey()).length() + json(entry.getValue()).length() + 2;
      if (!current.isEmpty() && size + entrySize > SHARD_BYTES) {
        out.add(current);
        current = new ArrayList<>();
        size = 0;
      }
      current.add(entry);
      size += entrySize;
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  /** Known words (with terms) of each length that a typo of {@link QueryResolver#MIN_FUZZY}+ letters can reach. */
  private SortedMap<Integer, List<String>> wordsByLength() {
    SortedMap<Integer, List<String>> out = new TreeMap<>();
    for (Vocabulary.Surface surface : index.vocabulary().all()) {
      if (surface.isWord() && surface.form().length() >= QueryResolver.MIN_FUZZY - 1) {
        out.computeIfAbsent(surface.form().length(), k -> new ArrayList<>()).add(surface.form());
      }
    }
    return out;
  }

  private static String script(String name, Object data) {
    return CALLBACK + "(" + json(name) + "," + json(data) + ");\n";
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("search data is plain maps and lists", e);
    }
  }

  static String hash(String text) {
    return hash(List.of(text));
  }

  /**
   * The hash of the texts joined by newlines, without joining them: the documents of a 100x guide are tens of
   * megabytes of JSON, which joined and encoded were held twice more at once.
   */
  static String hash(List<String> lines) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0) {
          digest.update((byte) '\n');
        }
        digest.update(lines.get(i).getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
