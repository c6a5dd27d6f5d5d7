package dev.studyguide.study;

import dev.studyguide.graph.Topic;
import dev.studyguide.graph.TopicEntry;
import dev.studyguide.graph.TopicHomes;
import dev.studyguide.render.PageLayout;
import dev.studyguide.render.RenderedGuide;
import dev.studyguide.render.SiteLayout;
import dev.studyguide.render.Templates;
import java.util.ArrayList;
import java.util.List;

/** {@code roadmap.html}: the {@link Roadmap} as a page, each topic with its prerequisites and progress mark. */
final class RoadmapPage {
  static final String PATH = "roadmap.html";

  private RoadmapPage() {}

  /** What templates/roadmap.mustache reads. */
  record Page(List<StageView> stages, int topicCount) {}

  record StageView(int level, String title, List<PartView> parts) {}

  record PartView(String title, String url, List<TopicView> topics) {}

  record TopicView(String title, String url, String summary, String counts, int level,
      List<Prerequisite> prerequisites) {
    public boolean hasPrerequisites() {
      return !prerequisites.isEmpty();
    }
  }

  /** A prerequisite link; {@code comma} unless it is the last. */
  record Prerequisite(String title, String url, boolean comma) {}

  static String render(RenderedGuide guide, Templates templates) {
    List<Roadmap.Stage> stages = Roadmap.of(guide.graph());
    TopicHomes homes = guide.homes();
    List<StageView> views = stages.stream().map(s -> new StageView(s.level(), s.title(), s.parts().stream()
        .map(p -> new PartView(p.category().title(), SiteLayout.category(p.category().id()),
            p.topics().stream().map(e -> topic(e, guide, homes)).toList()))
        .toList())).toList();
    int count = (int) stages.stream().flatMap(s -> s.parts().stream()).mapToLong(p -> p.topics().size()).sum();
    String body = templates.render("roadmap", new Page(views, count));
    return PageLayout.render(templates, guide, PATH, "roadmap", "Roadmap",
        "A study path through every topic, from basics to research level.", body);
  }

  private static TopicView topic(TopicEntry entry, RenderedGuide guide, TopicHomes homes) {
    Topic topic = entry.topic();
    List<Topic> needed = topic.prerequisites().stream()
        .flatMap(id -> guide.graph().taxonomy().topic(id).stream()).toList();
    List<Prerequisite> prerequisites = new ArrayList<>();
    for (int i = 0; i < needed.size(); i++) {
      prerequisites.add(new Prerequisite(needed.get(i).title(), SiteLayout.topicShown(homes, needed.get(i).id()),
          i < needed.size() - 1));
    }
    String counts = count(entry.questions().size(), "question") + " · " + count(entry.notes().size(), "note");
    return new TopicView(topic.title(), SiteLayout.topicShown(homes, topic.id()), topic.summary(), counts,
        topic.level(), prerequisites);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
