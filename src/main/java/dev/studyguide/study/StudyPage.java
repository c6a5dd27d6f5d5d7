package dev.studyguide.study;

import dev.studyguide.render.RenderedGuide;
import dev.studyguide.render.SiteLayout;
import dev.studyguide.render.Templates;
import dev.studyguide.render.math.KatexAssets;
import java.util.List;

/**
 * {@code study.html}: the study cards in the site's layout. The cards, the choice of what to practise and the
 * grading are the study script's; without scripts the page points to the question list and the printable packs.
 */
final class StudyPage {
  static final String PATH = "study.html";

  private StudyPage() {}

  /** What templates/layout.mustache reads (the site's layout view has the same fields). */
  record Layout(String title, String description, String root, String canonical, String guideTitle,
      String bodyHtml, String pageKind, List<Link> categories, String stylesheet, String katexStylesheet) {}

  record Link(String title, String url) {}

  /** What templates/study.mustache reads. */
  record Page(String questionsUrl, String packsUrl) {}

  static String render(RenderedGuide guide, Templates templates) {
    String guideTitle = guide.corpus().config().title();
    String baseUrl = guide.corpus().config().baseUrl();
    List<Link> categories = guide.graph().taxonomy().categories().stream()
        .map(c -> new Link(c.title(), SiteLayout.category(c.id()))).toList();
    String body = templates.render("study", new Page(SiteLayout.allQuestions(), "packs/index.html"));
    return templates.render("layout", new Layout("Study · " + guideTitle,
        "Self-test with spaced repetition on every question of the guide.", "",
        baseUrl.isEmpty() ? "" : baseUrl + PATH, guideTitle, body, "study", categories, "assets/site.css",
        KatexAssets.STYLESHEET));
  }
}
