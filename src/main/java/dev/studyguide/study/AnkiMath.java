package dev.studyguide.study;

import dev.studyguide.render.FragmentMarkup;
import dev.studyguide.render.Html;
import dev.studyguide.render.SiteLayout;

/**
 * Fragment markup for Anki cards: a formula is its TeX from the model in Anki's MathJax delimiters
 * ({@code \( \)} inline, {@code \[ \]} display), escaped as text, since Anki typesets it itself and KaTeX's
 * markup would need KaTeX's stylesheet and fonts inside the collection. Mentions of topics link to the published
 * site when guide.yaml gives its address; a relative link means nothing inside Anki.
 */
final class AnkiMath implements FragmentMarkup {
  private final String siteUrl;

  AnkiMath(String siteUrl) {
    this.siteUrl = siteUrl;
  }

  @Override
  public String math(String tex, boolean display) {
    String escaped = Html.escape(tex.strip());
    return display ? "\\[" + escaped + "\\]" : "\\(" + escaped + "\\)";
  }

  @Override
  public String topicHref(String topicId) {
    return siteUrl.isEmpty() ? "" : siteUrl + SiteLayout.topic(topicId);
  }
}
