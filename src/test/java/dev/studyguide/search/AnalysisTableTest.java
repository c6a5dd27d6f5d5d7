package dev.studyguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.studyguide.graph.ConceptAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The query analysis table (src/test/resources/search/analysis.tsv), on the Java side: the resolver gives every
 * row's terms, and for queries of known words those terms are exactly what Lucene's analyzer makes of the same
 * text (plus the concept of any word typed in lower case that is an acronym in capitals). The browser side is
 * checked against the same file by {@link BrowserEngineTest}.
 */
class AnalysisTableTest {
  static final Path TABLE = Path.of("src", "test", "resources", "search", "analysis.tsv");

  record Row(boolean typing, String input, String expected) {}

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      rows.add(new Row(columns[0].equals("typing"), json.readValue(columns[1], String.class), columns[2]));
    }
    return rows;
  }

  @Test
  void everyRowResolvesToTheTermsTheTableGives() throws IOException {
    QueryResolver resolver = SearchFixture.index().resolver();
    List<Row> rows = rows();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
    for (Row row : rows) {
      assertThat(resolver.resolve(row.input(), row.typing()).notation())
          .as("%s %s", row.typing() ? "typing" : "complete", row.input())
          .isEqualTo(row.expected());
    }
  }

  @Test
  void queriesOfKnownWordsResolveToExactlyWhatLuceneMakesOfThem() throws IOException {
    SearchIndex index = SearchFixture.index();
    int checked = 0;
    for (Row row : rows()) {
      ResolvedQuery resolved = index.resolver().resolve(row.input(), false);
      boolean allKnown = resolved.words().stream().allMatch(w -> index.vocabulary().surface(w) != null);
      boolean cut = row.input().length() > QueryResolver.MAX_CHARS
          || QueryResolver.words(Vocabulary.lower(row.input())).size() >= QueryResolver.MAX_WORDS;
      if (row.typing() || resolved.words().isEmpty() || !allKnown || cut) {
        continue;
      }
      // A closed compound ("crossentropy") is read as its words: Lucene's terms are then those of the words.
      List<String> typed = QueryResolver.words(Vocabulary.lower(row.input()));
      String read = typed.equals(resolved.words()) ? row.input() : String.join(" ", resolved.words());
      Set<String> lucene = new TreeSet<>(Vocabulary.analyze(index.analyzer(), Vocabulary.lower(read)));
      for (String word : resolved.words()) {
        Set<String> lower = concepts(index, word);
        concepts(index, word.toUpperCase(Locale.ROOT)).stream().filter(c -> !lower.contains(c)).forEach(lucene::add);
      }
      Set<String> resolver = new TreeSet<>();
      resolved.clauses().forEach(c -> resolver.add(c.term()));
      assertThat(resolver).as(row.input()).isEqualTo(lucene);
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(20);
  }

  @Test
  void theIndexHasNoWordsOfTexSyntaxButTheWordsInsideFormulas() {
    Vocabulary vocabulary = SearchFixture.index().vocabulary();
    for (String syntax : List.of("frac", "mathbb", "mathbf", "mathcal", "cdot", "operatorname", "boldsymbol",
        "underbrace", "leftarrow", "propto", "odot", "displaystyle", "begin")) {
      assertThat(vocabulary.surface(syntax)).as(syntax).isNull();
    }
    for (String word : List.of("argmax", "softmax", "sigma", "theta", "sqrt", "lambda", "log", "exp", "tanh")) {
      assertThat(vocabulary.surface(word)).as(word).isNotNull();
    }
  }

  private static Set<String> concepts(SearchIndex index, String text) throws IOException {
    Set<String> out = new TreeSet<>();
    for (String term : Vocabulary.analyze(index.analyzer(), text)) {
      if (ConceptAnalyzer.isConcept(term)) {
        out.add(term);
      }
    }
    return out;
  }
}
