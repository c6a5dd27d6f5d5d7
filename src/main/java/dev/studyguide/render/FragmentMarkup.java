package dev.studyguide.render;

import dev.studyguide.model.Inline;

/**
 * What a fragment's markup depends on besides the model: how a formula is shown, where a mention of a topic
 * links, and how an image shows. The site uses KaTeX's markup and topic pages ({@link MathIndex}) and its copies
 * of local images ({@link #showingImages}); a study pack's PDF renders the same blocks with its own formula boxes,
 * links inside the pack and embedded pictures.
 */
public interface FragmentMarkup {
  /** The markup of one formula, TeX without delimiters. */
  String math(String tex, boolean display);

  /** The markup of formulas {@link #math} leaves as references in fragments (none: it gives the markup itself). */
  default FormulaRefs formulaRefs() {
    return FormulaRefs.NONE;
  }

  /** Whether the formula typesets; a topic's key formulas leave out one that does not. */
  default boolean typesets(String tex, boolean display) {
    return true;
  }

  /** Where a mention of the topic links, relative to a page one folder deep; empty for no link. */
  default String topicHref(String topicId) {
    return SiteLayout.FRAGMENT_ROOT + SiteLayout.topic(topicId);
  }

  /**
   * How an image shows; by default as words ({@link ImageMarkup#text}): a remote image's alt text links to it, a
   * local one's is plain. {@code inLink}: the image is the label of a link.
   */
  default String image(Inline.Image image, boolean inLink) {
    return ImageMarkup.text(image, inLink);
  }

  /** Whether the fragments are laid out as XML (the PDFs), where an element without content must close itself. */
  default boolean xml() {
    return false;
  }

  /** This markup, showing local images from the site's copies of them. */
  default FragmentMarkup showingImages(LocalImages images) {
    return new ShownImages(this, images);
  }
}
