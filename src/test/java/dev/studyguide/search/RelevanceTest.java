package dev.studyguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The relevance query set (src/test/resources/search/queries.tsv) through the CLI's path (Lucene): MRR@10,
 * recall@10 and typo found@5, printed; the floors sit a little below what was measured (0.925, 1.000, 1.000 with
 * the relevance floor), so a change that costs relevance fails here.
 */
class RelevanceTest {
  static final double MRR_FLOOR = 0.88;
  static final double RECALL_FLOOR = 0.95;
  static final double TYPO_FLOOR = 0.9;

  @Test
  void theQuerySetNamesRealPagesAndCoversEveryKindOfQuery() {
    Set<String> urls = SearchFixture.index().docs().stream().map(SearchDoc::url).collect(Collectors.toSet());
    QuerySet set = QuerySet.load();
    assertThat(set.queries()).hasSizeGreaterThanOrEqualTo(50);
    set.queries().forEach(q -> assertThat(urls).as(q.text()).containsAll(q.relevant()));
    assertThat(set.queries().stream().map(QuerySet.Query::kind).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("name", "abbreviation", "typo", "formula", "question");
  }

  @Test
  void theCliRanksTheExpectedPagesFirst() {
    SearchIndex index = SearchFixture.index();
    QuerySet.Measures measures = QuerySet.load().measure(q -> index.searchSubmitted(q, 10).hits().stream()
        .map(h -> h.doc().url()).toList());
    System.out.println("[search] CLI (Lucene) on the relevance set: " + measures);
    measures.misses().forEach(m -> System.out.println("[search]   not first: " + m));
    assertThat(measures.mrr10()).isGreaterThanOrEqualTo(MRR_FLOOR);
    assertThat(measures.recall10()).isGreaterThanOrEqualTo(RECALL_FLOOR);
    assertThat(measures.typoFound5()).isGreaterThanOrEqualTo(TYPO_FLOOR);
  }

  /**
   * The relevance floor cuts only the tail: every relevant result in a query's top 10 scores well over it (the
   * floor is at most half the lowest share of the best score any of them has, printed here).
   */
  @Test
  void theRelevanceFloorKeepsEveryRelevantResultOfTheTop10() {
    SearchIndex index = SearchFixture.index();
    double lowest = 1;
    String where = "";
    for (QuerySet.Query query : QuerySet.load().queries()) {
      List<SearchIndex.Hit> hits = index.ranked(index.resolver().resolve(query.text(), false), 0);
      double best = hits.stream().mapToDouble(SearchIndex.Hit::score).max().orElse(1);
      for (SearchIndex.Hit hit : hits.subList(0, Math.min(10, hits.size()))) {
        if (query.relevant().contains(hit.doc().url()) && hit.score() / best < lowest) {
          lowest = hit.score() / best;
          where = query.text() + " → " + hit.doc().url();
        }
      }
    }
    System.out.printf(java.util.Locale.ROOT, "[search] lowest relevant share of the best score: %.3f (%s)%n", lowest,
        where);
    assertThat(SearchIndex.FLOOR).isLessThanOrEqualTo(lowest / 2);
  }

  @Test
  void aLongQuestionListsWhatItIsAboutNotEveryPageWithOneOfItsWords() {
    SearchIndex.Answer answer = SearchFixture.index().searchSubmitted("why use l1 to get sparse weights", 10);
    assertThat(answer.hits().get(0).doc().url()).isEqualTo("topics/lasso.html");
    assertThat(answer.total()).isLessThan(100);
  }

  @Test
  void aQuestionsShortTitleIsIndexedAsAHeading() {
    SearchIndex index = SearchFixture.index();
    SearchDoc titled = index.docs().stream().filter(d -> d.headings().contains("Bias-Variance Decomposition: The Math"))
        .findFirst().orElseThrow();
    assertThat(titled.kind()).isEqualTo(DocKind.QUESTION);
    assertThat(index.searchSubmitted("bias-variance decomposition: the math", 3).hits())
        .extracting(h -> h.doc().index()).contains(titled.index());
  }
}
