package dev.studyguide.study;

import dev.studyguide.render.PageLayout;
import dev.studyguide.render.RenderedGuide;
import dev.studyguide.render.SiteLayout;
import dev.studyguide.render.Templates;

/**
 * {@code study.html}: the study cards in the site's layout. The cards, the choice of what to practise and the
 * grading are the study script's; without scripts the page points to the question list and the printable packs.
 */
final class StudyPage {
  static final String PATH = "study.html";

  private StudyPage() {}

  /** What templates/study.mustache reads. */
  record Page(String questionsUrl, String packsUrl) {}

  static String render(RenderedGuide guide, Templates templates) {
    String body = templates.render("study", new Page(SiteLayout.allQuestions(), "packs/index.html"));
    return PageLayout.render(templates, guide, PATH, "study", "Study",
        "Self-test with spaced repetition on every question of the guide.", body);
  }
}
