package dev.studyguide.site;

import dev.studyguide.graph.TopicEntry;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.graph.TopicHomes;
import dev.studyguide.render.RenderedQuestion;
import dev.studyguide.render.SiteLayout;
import dev.studyguide.render.SourceBadge;

/** Small views shared by several pages, built one way. */
final class Cards {
  private Cards() {}

  /** A topic card for a page one folder deep; a folded topic's links its section on the page that shows it. */
  static Views.TopicCard topic(TopicEntry entry, TopicHomes homes) {
    return new Views.TopicCard(entry.topic().title(),
        SiteLayout.FRAGMENT_ROOT + SiteLayout.topicShown(homes, entry.topic().id()),
        entry.topic().summary(), entry.questions().size(), entry.notes().size(), entry.topic().level());
  }

  static Views.Badge badge(SourceBadge badge) {
    return new Views.Badge(badge.label(), badge.href(), badge.title());
  }

  /**
   * The passages linked as answering a question, each with the title of the topic it lives on; on that topic's
   * own page ({@code pageTopic}) a passage is named, not repeated.
   */
  static java.util.List<Views.FromSource> fromSources(RenderedQuestion q, TopicGraph graph, String pageTopic) {
    return q.fromSources().stream().map(f -> new Views.FromSource(f.titleHtml(),
        f.homeTopic().equals(pageTopic) ? "" : f.html(), badge(f.source()),
        f.homeTopic().equals(pageTopic) ? "#" + f.homeAnchor() : f.home(),
        graph.topic(f.homeTopic()).map(e -> e.topic().title()).orElse(""))).toList();
  }

  /** A link to where a topic is shown, its section when it is folded into another page. */
  static Views.Link topicLink(TopicEntry entry, TopicHomes homes) {
    return new Views.Link(entry.topic().title(),
        SiteLayout.FRAGMENT_ROOT + SiteLayout.topicShown(homes, entry.topic().id()));
  }
}
