package dev.studyguide.source.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** Inline TeX between {@code $…$} (or {@code $$…$$} inside a line), kept verbatim. */
final class DollarMath extends Node {
  private final String tex;

  DollarMath(BasedSequence chars, String tex) {
    super(chars);
    this.tex = tex;
  }

  /** Everything between the delimiters, byte for byte. */
  String tex() {
    return tex;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
