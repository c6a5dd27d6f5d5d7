package dev.studyguide.render;

import dev.studyguide.graph.TopicHomes;

/**
 * A fragment markup whose mentions of a folded topic link its section on the page that shows it
 * ({@code topics/entropy.html#topic-maximum-entropy}) instead of its old address, a page that only leads there.
 */
record FoldedSections(FragmentMarkup markup, TopicHomes homes) implements ForwardingMarkup {
  @Override
  public String topicHref(String topicId) {
    String href = markup.topicHref(homes.pageOf(topicId));
    return href.isEmpty() || homes.hasPage(topicId) ? href : href + "#" + SiteLayout.topicSection(topicId);
  }
}
