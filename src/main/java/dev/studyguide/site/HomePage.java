package dev.studyguide.site;

import dev.studyguide.graph.Category;
import dev.studyguide.graph.StudyOrder;
import dev.studyguide.graph.TopicEntry;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.graph.TopicHomes;
import dev.studyguide.graph.answer.Answers;
import dev.studyguide.model.SourceReading;
import dev.studyguide.render.RenderedGuide;
import dev.studyguide.render.SiteLayout;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The home page: what the guide is, its categories with topics and counts, the ways in, the sources credited. */
final class HomePage {
  private HomePage() {}

  static SitePage build(RenderedGuide guide) {
    TopicGraph graph = guide.graph();
    List<Views.CategoryCard> categories = graph.taxonomy().categories().stream()
        .map(c -> category(graph, guide.homes(), c)).toList();
    List<Views.SourceCard> sources = guide.corpus().readings().stream().map(HomePage::source).toList();
    int sourceQuestions = graph.questions().stream().mapToInt(q -> q.members().size()).sum();
    String title = guide.corpus().config().title();
    Answers.Summary answered = graph.answers().summary(graph.questions().size());
    Views.Home view = new Views.Home(title, guide.corpus().config().description(), categories, sources,
        graph.topics().size(), graph.questions().size(), graph.notes().size(), sourceQuestions,
        SiteLayout.allQuestions(), answered.authored(), answered.linked(), answered.nothing());
    return new SitePage("index.html", "home", view, title, guide.corpus().config().description());
  }

  private static Views.CategoryCard category(TopicGraph graph, TopicHomes homes, Category category) {
    List<TopicEntry> entries = graph.topicsIn(category.id());
    Map<String, TopicEntry> byId = entries.stream().collect(Collectors.toMap(e -> e.topic().id(), Function.identity()));
    List<Views.TopicCard> topics = StudyOrder.of(entries.stream().map(TopicEntry::topic).toList()).stream()
        .map(t -> rootRelative(Cards.topic(byId.get(t.id()), homes))).toList();
    int questions = entries.stream().mapToInt(e -> e.questions().size()).sum();
    return new Views.CategoryCard(category.title(), SiteLayout.category(category.id()), category.summary(),
        entries.size(), questions, topics);
  }

  /** The home page sits at the root, so card links lose their "../". */
  private static Views.TopicCard rootRelative(Views.TopicCard card) {
    return new Views.TopicCard(card.title(), card.url().substring(SiteLayout.FRAGMENT_ROOT.length()), card.summary(),
        card.questions(), card.notes(), card.level());
  }

  private static Views.SourceCard source(SourceReading reading) {
    long questions = reading.items().stream().filter(i -> i.isQuestion()).count();
    return new Views.SourceCard(reading.document().title(), SiteLayout.source(reading.document().file()),
        reading.document().file(), (int) questions, reading.items().size() - (int) questions);
  }
}
