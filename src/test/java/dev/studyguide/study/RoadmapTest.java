package dev.studyguide.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.graph.MoreQuestions;
import dev.studyguide.graph.TopicEntry;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.render.SiteLayout;
import dev.studyguide.site.SiteBuilds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The roadmap of the real taxonomy: every topic with content once, basics first, never before what it needs. */
class RoadmapTest {
  private final TopicGraph graph = SiteBuilds.realGraph();
  private final List<Roadmap.Stage> stages = Roadmap.of(graph);

  private List<String> order() {
    List<String> out = new ArrayList<>();
    stages.forEach(s -> s.parts().forEach(p -> p.topics().forEach(t -> out.add(t.topic().id()))));
    return out;
  }

  @Test
  void everyTopicWithAQuestionOrANoteAppearsExactlyOnce() {
    List<String> withContent = graph.topics().stream().filter(e -> !e.questions().isEmpty() || !e.notes().isEmpty())
        .filter(e -> !MoreQuestions.isBuilt(e.topic())).map(e -> e.topic().id()).toList();
    assertThat(order()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(withContent);
  }

  @Test
  void stagesRunFromBasicsToResearchLevelAndNoTopicSitsBelowItsOwnLevel() {
    assertThat(stages).extracting(Roadmap.Stage::level).isSorted().doesNotHaveDuplicates();
    assertThat(stages.get(0).title()).isEqualTo("Basics");
    for (Roadmap.Stage stage : stages) {
      stage.parts().forEach(p -> p.topics().forEach(t ->
          assertThat(t.topic().level()).as(t.topic().id()).isLessThanOrEqualTo(stage.level())));
    }
  }

  @Test
  void everyPrerequisiteOnTheRoadmapComesBeforeTheTopicsThatNeedIt() {
    List<String> order = order();
    Map<String, TopicEntry> byId = graph.topics().stream()
        .collect(Collectors.toMap(e -> e.topic().id(), Function.identity()));
    int checked = 0;
    for (String id : order) {
      for (String prerequisite : byId.get(id).topic().prerequisites()) {
        if (order.contains(prerequisite)) {
          assertThat(order.indexOf(prerequisite)).as(prerequisite + " before " + id).isLessThan(order.indexOf(id));
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(20);
  }

  @Test
  void theRoadmapPageLinksEveryTopicOnItWithAProgressMark() {
    var page = SiteBuilds.real().page(RoadmapPage.PATH);
    for (String id : order()) {
      assertThat(page.select("ol.roadmap-topics a[href=" + SiteLayout.topic(id) + "]")).as(id).isNotEmpty();
      assertThat(page.select("[data-study-progress=" + SiteLayout.topic(id) + "]")).as(id).hasSize(1);
    }
  }
}
