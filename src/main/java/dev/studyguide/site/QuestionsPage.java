package dev.studyguide.site;

import dev.studyguide.graph.Category;
import dev.studyguide.graph.MergedQuestion;
import dev.studyguide.graph.TopicEntry;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.render.RenderedGuide;
import dev.studyguide.render.SiteLayout;
import java.util.ArrayList;
import java.util.List;

/** Every question once, by category and topic in study order, each linking to its place on its topic page. */
final class QuestionsPage {
  private QuestionsPage() {}

  static SitePage build(RenderedGuide guide) {
    TopicGraph graph = guide.graph();
    List<Views.CategoryQuestions> categories = new ArrayList<>();
    for (Category category : graph.taxonomy().categories()) {
      List<Views.TopicQuestions> topics = new ArrayList<>();
      for (TopicEntry entry : CategoryPages.studyOrder(graph, category.id())) {
        if (!entry.questions().isEmpty()) {
          topics.add(new Views.TopicQuestions(entry.topic().title(),
              SiteLayout.FRAGMENT_ROOT + SiteLayout.topic(entry.topic().id()),
              entry.questions().stream().map(q -> line(guide, q)).toList()));
        }
      }
      int count = topics.stream().mapToInt(t -> t.questions().size()).sum();
      if (count > 0) {
        categories.add(new Views.CategoryQuestions(category.title(), category.id(), topics, count));
      }
    }
    Views.AllQuestions view = new Views.AllQuestions(categories, graph.questions().size());
    return new SitePage(SiteLayout.allQuestions(), "questions", view, "All questions",
        "Every interview question in the guide, once, grouped by category and topic.");
  }

  private static Views.QuestionLine line(RenderedGuide guide, MergedQuestion q) {
    String url = SiteLayout.FRAGMENT_ROOT + SiteLayout.topic(q.placement().topic()) + "#" + q.id();
    return new Views.QuestionLine(q.id(), q.title(), guide.question(q.id()).promptHtml(), url,
        q.members().size() - 1,
        guide.question(q.id()).sources().stream().map(Cards::badge).toList(), q.difficulty(),
        Cards.fromSources(guide.question(q.id()), guide.graph(), ""));
  }
}
