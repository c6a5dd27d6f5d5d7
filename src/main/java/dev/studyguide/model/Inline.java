package dev.studyguide.model;

import java.util.List;

/** A run of text inside a paragraph, prompt, list item or table cell. */
public sealed interface Inline {

  /** Plain text, never markup: renderers escape it. */
  record Text(String text) implements Inline {}

  /** Emphasis ({@code *x*}) or strong emphasis ({@code **x**}) around other inlines. */
  record Styled(Style style, List<Inline> children) implements Inline {
    public Styled {
      children = List.copyOf(children);
    }
  }

  enum Style { EMPHASIS, STRONG }

  /** Inline code, verbatim. */
  record Code(String text) implements Inline {}

  /** Inline TeX, without its delimiters, byte-exact as written in the source. {@code line} is 1-based. */
  record Math(String tex, int line) implements Inline {}

  /**
   * A formula written in Unicode or ASCII rather than TeX ({@code θ_{t+1} = θ_t − α·∇L(θ_t)}): rendered as
   * math-styled text, verbatim.
   */
  record Formula(String text) implements Inline {}

  /** A hyperlink from the source; the label is inlines, the target is never trusted as markup. */
  record Link(String href, List<Inline> children) implements Inline {
    public Link {
      children = List.copyOf(children);
    }
  }
}
