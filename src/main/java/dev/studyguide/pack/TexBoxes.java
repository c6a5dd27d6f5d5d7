package dev.studyguide.pack;

import dev.studyguide.render.math.MathRequest;
import java.awt.Color;
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
 * <p>A formula's box (JLaTeXMath keeps a tree of boxes per formula, about 6 KB) is kept for drawing only while
 * the boxes kept fit in a small share of the heap; past that, a box is typeset again when it is drawn, the same
 * box again. At 100x the synthetic guide, its 39,000 formulas' boxes were 240 MB of a 2 GB heap the layouts needed,
 * and held softly they were never let go before the heap was full. The sizes the XHTML needs are kept apart
 * ({@link FormulaSizes}).
 */
final class TexBoxes {
  /** Math size relative to the text around it. */
  static final float MATH_SCALE = 1.21f;
  /** The size boxes are typeset at; the drawer scales them to the size the layout gives them. */
  private static final float EM_PX = 16f;
  /** Heap a formula's box holds, measured on the 100x guide (240 MB for 39,221 boxes) and rounded up. */
  static final long BYTES_PER_BOX = 6 * 1024;
  /** The share of the heap limit kept boxes may hold. */
  static final double HEAP_SHARE = 0.05;

  private static boolean dialectInstalled;

  private final Map<MathRequest, TexBox> kept = new ConcurrentHashMap<>();
  private final long keepAtMost;

  /** Boxes kept within {@link #HEAP_SHARE} of this JVM's heap limit. */
  TexBoxes() {
    this((long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE / BYTES_PER_BOX));
  }

  /** At most {@code keepAtMost} boxes kept for drawing. */
  TexBoxes(long keepAtMost) {
    this.keepAtMost = keepAtMost;
  }

  /** The formula's box, or empty when JLaTeXMath cannot parse the TeX. */
  Optional<TexBox> box(String tex, boolean display) {
    MathRequest request = new MathRequest(tex, display);
    TexBox box = kept.get(request);
    if (box != null) {
      return Optional.of(box);
    }
    Optional<TexBox> typeset = typeset(request);
    typeset.filter(b -> kept.size() < keepAtMost).ifPresent(b -> kept.putIfAbsent(request, b));
    return typeset;
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
