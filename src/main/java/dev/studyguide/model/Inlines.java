package dev.studyguide.model;

import java.util.ArrayList;
import java.util.List;

/** Read-only views of inline content that several stages need. */
public final class Inlines {
  private Inlines() {}

  /** The words as a reader sees them: styles dropped, TeX and formulas kept as written, images as their alt text. */
  public static String plainText(List<Inline> inlines) {
    StringBuilder out = new StringBuilder();
    for (Inline leaf : leaves(inlines)) {
      if (leaf instanceof Inline.Text t) {
        out.append(t.text());
      } else if (leaf instanceof Inline.Code c) {
        out.append(c.text());
      } else if (leaf instanceof Inline.Math m) {
        out.append('$').append(m.tex()).append('$');
      } else if (leaf instanceof Inline.Formula f) {
        out.append(f.text());
      } else if (leaf instanceof Inline.Image i) {
        out.append(i.alt());
      }
    }
    return out.toString();
  }

  /**
   * The leaves of the inline tree in reading order (text, code, math, formulas, images), styled runs and links unwrapped:
   * the one walk behind every stage's plain-text view, which then only says how it writes each kind of leaf.
   */
  public static List<Inline> leaves(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>();
    addLeaves(inlines, out);
    return out;
  }

  private static void addLeaves(List<Inline> inlines, List<Inline> out) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Styled s) {
        addLeaves(s.children(), out);
      } else if (inline instanceof Inline.Link l) {
        addLeaves(l.children(), out);
      } else {
        out.add(inline);
      }
    }
  }
}
