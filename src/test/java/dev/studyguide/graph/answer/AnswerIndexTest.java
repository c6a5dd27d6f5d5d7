package dev.studyguide.graph.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.graph.ConceptAnalyzer;
import dev.studyguide.graph.TaxonomyLoader;
import dev.studyguide.model.Corpus;
import dev.studyguide.model.Item;
import dev.studyguide.source.Ingest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Passages are indexed on every core, yet each keeps its place: of passages that score the same, the earlier one
 * is the better candidate, every time.
 */
class AnswerIndexTest {
  private static final Path CONTENT = Path.of("content");

  @Test
  void passagesThatScoreTheSameComeInTheirOwnOrderHoweverTheThreadsIndexedThem() {
    Corpus corpus = Ingest.read(CONTENT);
    ConceptAnalyzer analyzer = ConceptAnalyzer.of(TaxonomyLoader.load(CONTENT, new ArrayList<>()).orElseThrow());
    Item note = corpus.items().filter(i -> !i.isQuestion() && !i.body().isEmpty()).findFirst().orElseThrow();
    Passage whole = Passages.whole(note, "topic").orElseThrow();
    // Thousands of copies of one passage, told apart only by their part number: every one scores the same.
    int copies = 4000;
    Map<String, String> pool = new HashMap<>();
    List<PassageProfile> passages = IntStream.rangeClosed(1, copies)
        .mapToObj(part -> new Passage(note, part, copies, "", whole.blocks(), whole.fromLine(), whole.toLine(),
            "topic"))
        .map(p -> PassageProfile.of(p, analyzer, pool)).toList();
    List<String> terms = List.of(passages.get(0).allTerms()).subList(0, 3);

    for (int run = 0; run < 3; run++) {
      try (AnswerIndex index = new AnswerIndex(passages, analyzer)) {
        assertThat(index.candidates(terms, 20)).extracting(p -> p.passage().part())
            .containsExactlyElementsOf(IntStream.rangeClosed(1, 20).boxed().toList());
      }
    }
  }
}
