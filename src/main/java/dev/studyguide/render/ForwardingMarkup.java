package dev.studyguide.render;

import dev.studyguide.model.Inline;

/** A fragment markup that changes one thing of another ({@link #markup}) and forwards the rest to it. */
interface ForwardingMarkup extends FragmentMarkup {
  FragmentMarkup markup();

  @Override
  default String math(String tex, boolean display) {
    return markup().math(tex, display);
  }

  @Override
  default FormulaRefs formulaRefs() {
    return markup().formulaRefs();
  }

  @Override
  default boolean typesets(String tex, boolean display) {
    return markup().typesets(tex, display);
  }

  @Override
  default String topicHref(String topicId) {
    return markup().topicHref(topicId);
  }

  @Override
  default String image(Inline.Image image, boolean inLink) {
    return markup().image(image, inLink);
  }

  @Override
  default boolean xml() {
    return markup().xml();
  }
}
