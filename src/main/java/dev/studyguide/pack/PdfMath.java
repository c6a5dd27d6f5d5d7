package dev.studyguide.pack;

import dev.studyguide.model.Inline;
import dev.studyguide.render.FragmentMarkup;
import dev.studyguide.render.Html;
import dev.studyguide.render.ImageMarkup;
import dev.studyguide.render.LocalImages;
import dev.studyguide.render.SiteLayout;
import dev.studyguide.render.math.MathRequest;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Fragment markup for the PDFs: each formula becomes an {@code <object>} sized in ems from its JLaTeXMath box
 * and lowered by its depth, so its baseline is the text's; {@link MathDrawer} paints it. A formula JLaTeXMath
 * cannot parse shows as its TeX source, as on the site. Mentions of topics link to the published site when
 * guide.yaml gives its address, and are plain text otherwise (a relative link means nothing in a mailed PDF).
 */
final class PdfMath implements FragmentMarkup {
  static final String OBJECT_TYPE = "application/x-studyguide-tex";

  /** Display formulas wider than this many ems (the text column, less a margin) are scaled down to it. */
  private static final float MAX_DISPLAY_EM = 44f;

  private final TexBoxes boxes;
  private final FormulaSizes sizes;
  private final String siteUrl;
  private final LocalImages images;
  /** The formula each key names; its box is asked of {@link TexBoxes} again when drawn (it may not have kept it). */
  private final Map<String, MathRequest> byKey = new ConcurrentHashMap<>();
  private final Map<String, String> keyOf = new ConcurrentHashMap<>();
  private final List<String> failed = new CopyOnWriteArrayList<>();

  PdfMath(TexBoxes boxes, String siteUrl) {
    this(boxes, FormulaSizes.typesetting(boxes), siteUrl, LocalImages.NONE);
  }

  /** {@code sizes} answers for {@code boxes} where it can, so markup alone typesets nothing it has. */
  PdfMath(TexBoxes boxes, FormulaSizes sizes, String siteUrl, LocalImages images) {
    this.boxes = boxes;
    this.sizes = sizes;
    this.siteUrl = siteUrl;
    this.images = images;
  }

  @Override
  public String math(String tex, boolean display) {
    Optional<TexSize> size = sizes.size(tex, display);
    if (size.isEmpty()) {
      failed.add(tex);
      String delimiter = display ? "$$" : "$";
      return "<code class=\"math-source\">" + Html.escape(delimiter + tex + delimiter) + "</code>";
    }
    TexSize b = size.get();
    String key = keyOf.computeIfAbsent((display ? "d:" : "i:") + tex, k -> {
      String id = Integer.toString(keyOf.size());
      byKey.put(id, new MathRequest(tex, display));
      return id;
    });
    float scale = display && b.widthEm() > MAX_DISPLAY_EM ? MAX_DISPLAY_EM / b.widthEm() : 1f;
    return String.format(Locale.ROOT,
        "<object type=\"%s\" class=\"tex%s\" data-key=\"%s\" style=\"width:%.3fem;height:%.3fem;"
            + "vertical-align:-%.3fem\"></object>",
        OBJECT_TYPE, display ? " display" : "", key, b.widthEm() * scale, b.heightEm() * scale, b.depthEm() * scale);
  }

  @Override
  public boolean typesets(String tex, boolean display) {
    return sizes.size(tex, display).isPresent();
  }

  /**
   * A local picture is embedded (a data URI: a PDF stands alone), except WebP, which the PDF maker cannot draw; a
   * remote one is its alt text and address, as a printed page cannot follow a link.
   */
  @Override
  public String image(Inline.Image image, boolean inLink) {
    if (image.remote()) {
      String href = Html.safeHref(image.src());
      return ImageMarkup.text(image, true) + (href.isEmpty() ? "" : " <span class=\"image-address\">(" + href + ")</span>");
    }
    return images.find(image.src()).filter(p -> !p.mediaType().equals("image/webp"))
        .map(p -> ImageMarkup.picture("data:" + p.mediaType() + ";base64,"
            + Base64.getEncoder().encodeToString(p.bytes()), image, true))
        .orElseGet(() -> ImageMarkup.text(image, inLink));
  }

  @Override
  public boolean xml() {
    return true; // openhtmltopdf reads the pack as XHTML
  }

  @Override
  public String topicHref(String topicId) {
    return siteUrl.isEmpty() ? "" : siteUrl + SiteLayout.topic(topicId);
  }

  /** The box an object's {@code data-key} names. */
  TexBox box(String key) {
    MathRequest formula = byKey.get(key);
    return formula == null ? null : boxes.box(formula.tex(), formula.display()).orElse(null);
  }

  /** Every formula key with its TeX, in key order: with the XHTML, all that decides a PDF's drawing. */
  String signature() {
    StringBuilder out = new StringBuilder();
    keyOf.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue(
            java.util.Comparator.comparingInt(Integer::parseInt)))
        .forEach(e -> out.append(e.getValue()).append('=').append(e.getKey()).append('\u0000'));
    return out.toString();
  }

  /** How many distinct formulas have been given a box. */
  int formulas() {
    return keyOf.size();
  }

  /** The formula sizes the markup was made from (to keep them for the next build). */
  FormulaSizes sizes() {
    return sizes;
  }

  /** TeX that JLaTeXMath could not parse, each time it was shown. */
  List<String> failed() {
    return List.copyOf(failed);
  }
}
