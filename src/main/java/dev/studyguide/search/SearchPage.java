package dev.studyguide.search;

import dev.studyguide.render.RenderedGuide;
import dev.studyguide.render.SiteLayout;
import dev.studyguide.render.Templates;
import dev.studyguide.render.math.KatexAssets;
import java.util.List;

/**
 * {@code search.html}: the full results page, {@code search.html?q=...}, in the site's layout. Its results are
 * filled in by the search script; without scripts it says so and points to the list of all questions.
 */
final class SearchPage {
  static final String PATH = "search.html";

  private SearchPage() {}

  /** What templates/layout.mustache reads (the site's layout view has the same fields). */
  record Layout(String title, String description, String root, String canonical, String guideTitle,
      String bodyHtml, String pageKind, List<Link> categories, String stylesheet, String katexStylesheet) {}

  record Link(String title, String url) {}

  /** What templates/search.mustache reads. */
  record Page(String questionsUrl, String homeUrl) {}

  static String render(RenderedGuide guide, Templates templates) {
    String guideTitle = guide.corpus().config().title();
    String baseUrl = guide.corpus().config().baseUrl();
    List<Link> categories = guide.graph().taxonomy().categories().stream()
        .map(c -> new Link(c.title(), SiteLayout.category(c.id()))).toList();
    String body = templates.render("search", new Page(SiteLayout.allQuestions(), "index.html"));
    return templates.render("layout", new Layout("Search · " + guideTitle,
        "Search every topic, question and note of the guide.", "", baseUrl.isEmpty() ? "" : baseUrl + PATH,
        guideTitle, body, "search", categories, "assets/site.css", KatexAssets.STYLESHEET));
  }
}
