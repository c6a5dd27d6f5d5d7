package dev.studyguide.render;

import dev.studyguide.model.Inline;

/** A fragment markup that shows the site's published copies of local images ({@link LocalImages}). */
record ShownImages(FragmentMarkup markup, LocalImages images) implements ForwardingMarkup {
  @Override
  public String image(Inline.Image image, boolean inLink) {
    return images.find(image.src())
        .map(p -> ImageMarkup.picture(SiteLayout.FRAGMENT_ROOT + p.path(), image, markup.xml()))
        .orElseGet(() -> markup.image(image, inLink));
  }
}
