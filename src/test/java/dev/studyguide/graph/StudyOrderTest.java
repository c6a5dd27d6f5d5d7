package dev.studyguide.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StudyOrderTest {
  private static Topic topic(String id, int level, String... prerequisites) {
    return new Topic(id, id, "c", List.of(), "", level, List.of(prerequisites), 1);
  }

  @Test
  void putsPrerequisitesFirstThenLevelThenFileOrder() {
    List<Topic> topics = List.of(topic("vae", 3, "elbo", "kl"), topic("kl", 2, "entropy"), topic("elbo", 3, "kl"),
        topic("entropy", 1), topic("bayes", 1));
    assertThat(StudyOrder.of(topics)).extracting(Topic::id)
        .containsExactly("entropy", "bayes", "kl", "elbo", "vae");
  }

  @Test
  void ignoresPrerequisitesFromElsewhere() {
    assertThat(StudyOrder.of(List.of(topic("a", 2, "outside"), topic("b", 1)))).extracting(Topic::id)
        .containsExactly("b", "a");
  }
}
