package dev.studyguide.render;

/**
 * The two things a fragment's markup depends on besides the model: how a formula is shown and where a mention
 * of a topic links. The site uses KaTeX's markup and topic pages ({@link MathIndex}); a study pack's PDF
 * renders the same blocks with its own formula boxes and links inside the pack.
 */
public interface FragmentMarkup {
  /** The markup of one formula, TeX without delimiters. */
  String math(String tex, boolean display);

  /** Whether the formula typesets; a topic's key formulas leave out one that does not. */
  default boolean typesets(String tex, boolean display) {
    return true;
  }

  /** Where a mention of the topic links, relative to a page one folder deep; empty for no link. */
  default String topicHref(String topicId) {
    return SiteLayout.FRAGMENT_ROOT + SiteLayout.topic(topicId);
  }
}
