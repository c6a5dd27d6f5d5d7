package dev.studyguide.render;

import dev.studyguide.model.Inline;

/**
 * How an image of a document is written into a fragment. A page never loads a picture from another host and the
 * build never fetches one: a remote image is its alt text as a link to it; a local one the site published is an
 * {@code <img>} of the copy; anything else (a local file that could not be published) is its alt text.
 */
public final class ImageMarkup {
  private ImageMarkup() {}

  /** The words that stand for the image: its alt text, else its file name. */
  public static String label(Inline.Image image) {
    if (!image.alt().isBlank()) {
      return image.alt().strip();
    }
    String path = image.src();
    int end = path.indexOf('?');
    path = end >= 0 ? path.substring(0, end) : path;
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.isBlank() ? "image" : name;
  }

  /** The image as words: a link to a remote one (unless {@code inLink}: links do not nest), else plain. */
  public static String text(Inline.Image image, boolean inLink) {
    String label = "<span class=\"image-kind\">Image:</span> " + Html.escape(label(image));
    String href = image.remote() ? Html.safeHref(image.src()) : "";
    if (href.isEmpty() || inLink) {
      return "<span class=\"image-alt\">" + label + "</span>";
    }
    return "<a class=\"image-link\" href=\"" + href + "\" rel=\"nofollow noopener noreferrer\">" + label + "</a>";
  }

  /**
   * A picture the guide serves itself, from {@code src} (a relative address or a data URI built here); {@code xml}:
   * closed as XML wants it (see {@link FragmentMarkup#xml}).
   */
  public static String picture(String src, Inline.Image image, boolean xml) {
    return "<img class=\"picture\" src=\"" + Html.escape(src) + "\" alt=\"" + Html.escape(image.alt().strip())
        + "\" loading=\"lazy\"" + (xml ? "/>" : ">");
  }
}
