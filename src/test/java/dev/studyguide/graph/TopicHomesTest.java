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
    assertThat(HOMES.sectionsOf("regularization")).contains("elastic-net");
  }

  @Test
  void withoutAParentATopicIsFoldedWhereTheSourcesSpeakOfItAmongWhatItBuildsOnAndWhatBuildsOnIt() {
    // Feedforward networks: a prerequisite of a dozen deep-learning topics, named most by backpropagation's items;
    // not the activation functions page, first of its dependents by the alphabet.
    assertThat(GRAPH.topic("neural-networks").orElseThrow().topic().hasParent()).isFalse();
    assertThat(HOMES.pageOf("neural-networks")).isEqualTo("backpropagation");
    assertThat(HOMES.sectionsOf("backpropagation")).contains("neural-networks");
    // What a topic extends, not an application of it: Jensen-Shannon on KL's page (not GAN's), low-rank
    // approximation on the SVD's (not LoRA's), the reparameterization trick on the VAE's (not Gumbel-softmax's).
    assertThat(HOMES.pageOf("jensen-shannon-divergence")).isEqualTo("kl-divergence");
    assertThat(HOMES.pageOf("low-rank-approximation")).isEqualTo("svd");
    assertThat(HOMES.pageOf("reparameterization-trick")).isEqualTo("vae");
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
