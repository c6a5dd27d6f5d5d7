package dev.studyguide.model;

import java.util.List;

/** Read-only views of inline content that several stages need. */
public final class Inlines {
  private Inlines() {}

  /** The words as a reader sees them: styles dropped, TeX and formulas kept as written. */
  public static String plainText(List<Inline> inlines) {
    StringBuilder out = new StringBuilder();
    appendPlain(inlines, out);
    return out.toString();
  }

  private static void appendPlain(List<Inline> inlines, StringBuilder out) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Text t) {
        out.append(t.text());
      } else if (inline instanceof Inline.Styled s) {
        appendPlain(s.children(), out);
      } else if (inline instanceof Inline.Code c) {
        out.append(c.text());
      } else if (inline instanceof Inline.Math m) {
        out.append('$').append(m.tex()).append('$');
      } else if (inline instanceof Inline.Formula f) {
        out.append(f.text());
      } else if (inline instanceof Inline.Link l) {
        appendPlain(l.children(), out);
      }
    }
  }
}
