package dev.studyguide.render.math;

import java.util.Objects;

/** What KaTeX made of one formula: markup to embed, or the reason it refused. */
public sealed interface MathResult {

  /** KaTeX's HTML+MathML markup, ready to embed in a page (it needs the KaTeX stylesheet and fonts). */
  record Rendered(String html) implements MathResult {
    public Rendered {
      Objects.requireNonNull(html, "html");
    }
  }

  /** KaTeX rejected the TeX; {@code message} is KaTeX's own ("KaTeX parse error: Expected '}' …"). */
  record Failed(String message) implements MathResult {
    public Failed {
      Objects.requireNonNull(message, "message");
    }
  }

  default boolean succeeded() {
    return this instanceof Rendered;
  }
}
