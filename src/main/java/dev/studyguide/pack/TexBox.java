package dev.studyguide.pack;

import java.awt.Graphics2D;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * One formula typeset by JLaTeXMath, with its box in ems of the surrounding text: the object that shows it is
 * sized from these, so it sits on the text baseline and scales with the text's font size.
 */
final class TexBox {
  private final TeXIcon icon;
  private final float widthEm;
  private final float heightEm;
  private final float depthEm;

  TexBox(TeXIcon icon, float emPx) {
    this.icon = icon;
    this.widthEm = icon.getTrueIconWidth() / emPx;
    this.heightEm = icon.getTrueIconHeight() / emPx;
    this.depthEm = icon.getTrueIconDepth() / emPx;
  }

  /** Width in ems of the text around it. */
  float widthEm() {
    return widthEm;
  }

  /** Height above and below the baseline together, in ems. */
  float heightEm() {
    return heightEm;
  }

  /** Extent below the baseline, in ems. */
  float depthEm() {
    return depthEm;
  }

  TexSize size() {
    return new TexSize(widthEm, heightEm, depthEm);
  }

  /**
   * Paints the formula with its top left corner at the origin, scaled to {@code widthPx}. Boxes mutate a
   * little while they draw (JLaTeXMath keeps the last colour on each box), so two threads never paint the
   * same formula at once.
   */
  void paint(Graphics2D g, float widthPx) {
    float scale = widthPx / icon.getTrueIconWidth();
    synchronized (icon) {
      Graphics2D scaled = (Graphics2D) g.create();
      try {
        scaled.scale(scale, scale);
        icon.paintIcon(null, scaled, 0, 0);
      } finally {
        scaled.dispose();
      }
    }
  }
}
