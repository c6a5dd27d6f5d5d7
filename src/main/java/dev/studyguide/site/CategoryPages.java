package dev.studyguide.site;

import dev.studyguide.graph.Category;
import dev.studyguide.graph.StudyOrder;
import dev.studyguide.graph.TopicEntry;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.graph.TopicHomes;
import dev.studyguide.render.RenderedGuide;
import dev.studyguide.render.SiteLayout;
import java.util.ArrayList;
import java.util.List;

/** One page per category: its topics in study order, each with its summary and counts. */
final class CategoryPages {
  private CategoryPages() {}

  static List<SitePage> build(RenderedGuide guide) {
    TopicGraph graph = guide.graph();
    List<Category> categories = graph.taxonomy().categories();
    List<SitePage> pages = new ArrayList<>();
    TopicHomes homes = guide.homes();
    for (int i = 0; i < categories.size(); i++) {
      Category category = categories.get(i);
      List<Views.TopicCard> topics = studyOrder(graph, category.id()).stream()
          .map(e -> Cards.topic(e, homes)).toList();
      Views.CategoryPage view = new Views.CategoryPage(category.title(), category.summary(), topics,
          i > 0 ? link(categories.get(i - 1)) : null, i + 1 < categories.size() ? link(categories.get(i + 1)) : null);
      String description = category.summary().isEmpty()
          ? topics.size() + " topics on " + category.title() : category.summary();
      pages.add(new SitePage(SiteLayout.category(category.id()), "category", view, category.title(), description));
    }
    return pages;
  }

  /** The category's topic entries, prerequisites first. */
  static List<TopicEntry> studyOrder(TopicGraph graph, String categoryId) {
    List<TopicEntry> entries = graph.topicsIn(categoryId);
    return StudyOrder.of(entries.stream().map(TopicEntry::topic).toList()).stream()
        .map(t -> graph.topic(t.id()).orElseThrow()).toList();
  }

  private static Views.Link link(Category category) {
    return new Views.Link(category.title(), SiteLayout.FRAGMENT_ROOT + SiteLayout.category(category.id()));
  }
}
