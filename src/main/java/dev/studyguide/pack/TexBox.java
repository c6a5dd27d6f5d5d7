package dev.studyguide.pack;

import java.awt.Graphics2D;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * One formula typeset by JLaTeXMath, with its box in ems of the surrounding text: the object that shows it is
 * sized from these, so it sits on the text baseline and scales with the text's font size.
 */
final class TexBox {
  private final TeXIcon icon;
  private final TexSize size;

  TexBox(TeXIcon icon, float emPx) {
    this.icon = icon;
    this.size = new TexSize(icon.getTrueIconWidth() / emPx, icon.getTrueIconHeight() / emPx,
        icon.getTrueIconDepth() / emPx);
  }

  /** Width in ems of the text around it. */
  float widthEm() {
    return size.widthEm();
  }

  /** Height above and below the baseline together, in ems. */
  float heightEm() {
    return size.heightEm();
  }

  /** Extent below the baseline, in ems. */
  float depthEm() {
    return size.depthEm();
  }

  TexSize size() {
    return size;
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
