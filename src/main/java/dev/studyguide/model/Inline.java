package dev.studyguide.model;

import java.io.Serializable;
import java.util.List;

/** A run of text inside a paragraph, prompt, list item or table cell. */
public sealed interface Inline extends Serializable {

  /** Plain text, never markup: renderers escape it. */
  record Text(String text) implements Inline {}

  /**
   * Emphasis ({@code *x*}), strong emphasis ({@code **x**}), or a subscript or superscript (HTML's {@code <sub>},
   * {@code <sup>}: "H<sub>2</sub>O") around other inlines.
   */
  record Styled(Style style, List<Inline> children) implements Inline {
    public Styled {
      children = List.copyOf(children);
    }
  }

  enum Style { EMPHASIS, STRONG, SUBSCRIPT, SUPERSCRIPT }

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

  /**
   * A picture. {@code src} is either an {@code http(s)} address (a remote image: never fetched by the build, never
   * loaded by a page, shown as its alt text linking to it) or a path inside the sources folder, resolved from the
   * document's own folder when read (a local image: copied into the site). {@code alt} is the text that stands
   * for it wherever it is not shown. {@code line} is 1-based, for messages about the file.
   */
  record Image(String src, String alt, int line) implements Inline {
    public boolean remote() {
      return src.startsWith("https://") || src.startsWith("http://");
    }
  }
}
