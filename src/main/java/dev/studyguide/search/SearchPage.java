package dev.studyguide.search;

import dev.studyguide.render.PageLayout;
import dev.studyguide.render.RenderedGuide;
import dev.studyguide.render.SiteLayout;
import dev.studyguide.render.Templates;

/**
 * {@code search.html}: the full results page, {@code search.html?q=...}, in the site's layout. Its results are
 * filled in by the search script; without scripts it says so and points to the list of all questions.
 */
final class SearchPage {
  static final String PATH = "search.html";

  private SearchPage() {}

  /** What templates/search.mustache reads. */
  record Page(String questionsUrl, String homeUrl) {}

  static String render(RenderedGuide guide, Templates templates) {
    String body = templates.render("search", new Page(SiteLayout.allQuestions(), "index.html"));
    return PageLayout.render(templates, guide, PATH, "search", "Search",
        "Search every topic, question and note of the guide.", body);
  }
}
