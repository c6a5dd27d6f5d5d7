package dev.studyguide.pack;

import dev.studyguide.render.math.MathRequest;
import java.awt.Color;
import java.lang.ref.SoftReference;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.scilab.forge.jlatexmath.JMathTeXException;
import org.scilab.forge.jlatexmath.MacroInfo;
import org.scilab.forge.jlatexmath.NewEnvironmentMacro;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;
import org.scilab.forge.jlatexmath.TeXParser;

/**
 * Formulas typeset by JLaTeXMath for the PDFs, each distinct formula once. Math is set 1.21 times the size
 * of the text around it, the ratio KaTeX uses on the site and in browsers' print. Two of JLaTeXMath's layouts
 * are replaced so the PDF matches KaTeX: {@code cases} gets a quad between its columns (JLaTeXMath puts a
 * negative thin space there), and the underbrace is centred ({@link CenteredUnderbrace}).
 *
 * <p>Boxes are held softly: a large guide's boxes (JLaTeXMath keeps a tree of boxes per formula) took a tenth of a
 * 2 GB heap beside the layout. One the collector took is typeset again when it is drawn, the same box again.
 */
final class TexBoxes {
  /** Math size relative to the text around it. */
  static final float MATH_SCALE = 1.21f;
  /** The size boxes are typeset at; the drawer scales them to the size the layout gives them. */
  private static final float EM_PX = 16f;

  private static boolean dialectInstalled;

  private final Map<MathRequest, SoftReference<Optional<TexBox>>> boxes = new ConcurrentHashMap<>();

  /** The formula's box, or empty when JLaTeXMath cannot parse the TeX. */
  Optional<TexBox> box(String tex, boolean display) {
    MathRequest request = new MathRequest(tex, display);
    SoftReference<Optional<TexBox>> held = boxes.get(request);
    Optional<TexBox> box = held == null ? null : held.get();
    if (box == null) {
      box = typeset(request);
      boxes.put(request, new SoftReference<>(box));
    }
    return box;
  }

  /** One formula at a time: JLaTeXMath fills shared tables as it parses, and layout threads may ask at once. */
  private static synchronized Optional<TexBox> typeset(MathRequest request) {
    // Here, not when made: loading JLaTeXMath is a third of a second, which a build whose PDFs and formula sizes
    // are all cached never needs (FormulaSizes).
    installDialect();
    try {
      TeXFormula formula = new TeXFormula(request.tex());
      TeXIcon icon = formula.new TeXIconBuilder()
          .setStyle(request.display() ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT)
          .setSize(EM_PX * MATH_SCALE)
          .setTrueValues(true) // no padding around the box: the box is the formula's own
          .build();
      icon.setForeground(Color.BLACK);
      return Optional.of(new TexBox(icon, EM_PX));
    } catch (JMathTeXException | IllegalArgumentException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  private static synchronized void installDialect() {
    if (dialectInstalled) {
      return;
    }
    new TeXFormula(); // loads JLaTeXMath's fonts and macros before they are changed
    NewEnvironmentMacro.addNewEnvironment("cases", "\\left\\{\\begin{array}{l@{\\quad}l}", "\\end{array}\\right.", 0);
    try {
      Method underbrace = CenteredUnderbrace.class.getMethod("macro", TeXParser.class, String[].class);
      underbrace.setAccessible(true); // JLaTeXMath calls it reflectively from its own package
      MacroInfo.Commands.put("underbrace", new MacroInfo(null, underbrace, 1));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("CenteredUnderbrace.macro is part of this class", e);
    }
    dialectInstalled = true;
  }
}
