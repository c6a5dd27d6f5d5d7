package dev.studyguide.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which real topics get a page, and which are sections of another topic's page. */
class TopicHomesTest {
  private static final TopicGraph GRAPH = RealGraph.build();
  private static final TopicHomes HOMES = TopicHomes.of(GRAPH);

  @Test
  void aParentShowsItsChildrenAsSections() {
    assertThat(HOMES.sectionsOf("regularization")).contains("lasso", "ridge-regression", "elastic-net");
    assertThat(HOMES.hasPage("regularization")).isTrue();
    assertThat(HOMES.hasPage("lasso")).isTrue(); // it has questions of its own
  }

  @Test
  void aTopicWithNoItemOfItsOwnAndNoChildrenIsFoldedIntoItsParentOrClosestPage() {
    TopicEntry elasticNet = GRAPH.topic("elastic-net").orElseThrow();
    assertThat(elasticNet.questions()).isEmpty();
    assertThat(elasticNet.notes()).isEmpty();
    assertThat(HOMES.pageOf("elastic-net")).isEqualTo("regularization");
    // Without a parent: the strongest related topic that has a page.
    TopicEntry crossEntropy = GRAPH.topic("cross-entropy").orElseThrow();
    assertThat(crossEntropy.topic().hasParent()).isFalse();
    String home = HOMES.pageOf("cross-entropy");
    assertThat(home).isEqualTo(crossEntropy.related().stream().map(Link::topic).filter(HOMES::hasPage)
        .findFirst().orElseThrow());
    assertThat(HOMES.sectionsOf(home)).contains("cross-entropy");
  }

  @Test
  void everyFoldedTopicLandsOnAPageAndNoParentOrTopicWithItemsIsFolded() {
    assertThat(HOMES.folded()).isNotEmpty();
    HOMES.folded().forEach((topic, home) -> {
      assertThat(HOMES.hasPage(home)).as(topic + " -> " + home).isTrue();
      TopicEntry entry = GRAPH.topic(topic).orElseThrow();
      assertThat(entry.questions().size() + entry.notes().size()).as(topic).isZero();
      assertThat(GRAPH.taxonomy().topics()).noneMatch(t -> t.parent().equals(topic));
    });
  }

  @Test
  void foldsTheSameWayTwice() {
    assertThat(TopicHomes.of(RealGraph.build()).folded()).isEqualTo(HOMES.folded());
  }
}
