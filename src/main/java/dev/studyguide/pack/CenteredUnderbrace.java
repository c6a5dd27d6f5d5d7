package dev.studyguide.pack;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import org.scilab.forge.jlatexmath.Atom;
import org.scilab.forge.jlatexmath.Box;
import org.scilab.forge.jlatexmath.DelimiterFactory;
import org.scilab.forge.jlatexmath.OverUnderDelimiter;
import org.scilab.forge.jlatexmath.SpaceAtom;
import org.scilab.forge.jlatexmath.SymbolAtom;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXEnvironment;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXParser;

/**
 * An underbrace with its label laid out as TeX does: the brace centred under the base, 3pt below it, the
 * label centred under the brace. JLaTeXMath's own places the rotated brace a quarter of its length off centre
 * and the label flush with the brace. It extends {@link OverUnderDelimiter} because the parser attaches the
 * {@code _} label only to that type.
 */
final class CenteredUnderbrace extends OverUnderDelimiter {
  private final Atom base;
  private Atom label;

  private CenteredUnderbrace(Atom base) {
    super(base, null, SymbolAtom.get("rbrace"), TeXConstants.UNIT_EX, 0, false);
    this.base = base;
  }

  /** The macro JLaTeXMath calls for the underbrace command; registered by {@link TexBoxes}. */
  public static Atom macro(TeXParser parser, String[] args) {
    return new CenteredUnderbrace(new TeXFormula(parser, args[1], false) {}.root);
  }

  @Override
  public void addScript(Atom script) {
    super.addScript(script);
    label = script;
  }

  @Override
  public Box createBox(TeXEnvironment env) {
    Box baseBox = base == null ? new SpaceAtom(TeXConstants.UNIT_POINT, 0, 0, 0).createBox(env) : base.createBox(env);
    Box brace = DelimiterFactory.create("rbrace", env, baseBox.getWidth());
    Box labelBox = label == null ? null : label.createBox(env.subStyle());
    float gap = new SpaceAtom(TeXConstants.UNIT_POINT, 0, 3, 0).createBox(env).getHeight();
    return new UnderbraceBox(baseBox, brace, labelBox, gap);
  }

  private static final class UnderbraceBox extends Box {
    private final Box base;
    private final Box brace;
    private final Box label;
    private final float gap;
    private final float length;

    UnderbraceBox(Box base, Box brace, Box label, float gap) {
      this.base = base;
      this.brace = brace;
      this.label = label;
      this.gap = gap;
      this.length = brace.getHeight() + brace.getDepth();
      width = Math.max(Math.max(base.getWidth(), length), label == null ? 0 : label.getWidth());
      height = base.getHeight();
      depth = base.getDepth() + gap + brace.getWidth()
          + (label == null ? 0 : gap + label.getHeight() + label.getDepth());
    }

    @Override
    public void draw(Graphics2D g2, float x, float y) {
      base.draw(g2, x + (width - base.getWidth()) / 2, y);
      float top = y + base.getDepth() + gap;
      // The brace is a vertical "}" turned a quarter clockwise: its extent above and below its baseline
      // becomes its length from left to right, its tip points down.
      AffineTransform saved = g2.getTransform();
      g2.translate(x + (width - length) / 2 + brace.getDepth(), top);
      g2.rotate(Math.PI / 2);
      brace.draw(g2, 0, 0);
      g2.setTransform(saved);
      if (label != null) {
        label.draw(g2, x + (width - label.getWidth()) / 2, top + brace.getWidth() + gap + label.getHeight());
      }
    }

    @Override
    public int getLastFontId() {
      return base.getLastFontId();
    }
  }
}
