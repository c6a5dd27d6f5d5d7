package dev.studyguide.pack;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Shape;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Paints a formula object in the PDF: openhtmltopdf gives the box it laid out (from the object's em size),
 * the formula is scaled to that box and drawn as vector graphics with the math fonts embedded. The canvas
 * reaches a little past the box because a few glyphs ink outside their TeX metrics; each distinct formula
 * at each size is drawn once per PDF and stamped wherever it recurs.
 */
final class MathDrawer implements FSObjectDrawer {
  /** Canvas margin around the box, in CSS pixels. */
  private static final float BLEED_PX = 3f;

  private final PdfMath math;

  MathDrawer(PdfMath math) {
    this.math = math;
  }

  @Override
  public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height,
      OutputDevice outputDevice, RenderingContext ctx, int dotsPerPixel) {
    String key = e.getAttribute("data-key");
    TexBox box = math.box(key);
    if (box == null || width <= 0) {
      return null;
    }
    float widthPx = (float) (width / dotsPerPixel);
    float heightPx = (float) (height / dotsPerPixel);
    float bleed = BLEED_PX * dotsPerPixel;
    outputDevice.drawWithGraphics((float) (x - bleed), (float) (y - bleed),
        (float) Math.ceil(widthPx + 2 * BLEED_PX), (float) Math.ceil(heightPx + 2 * BLEED_PX),
        key + "@" + Math.round(widthPx * 100), g -> {
          g.translate(BLEED_PX, BLEED_PX);
          box.paint(g, widthPx);
        });
    return null;
  }
}
