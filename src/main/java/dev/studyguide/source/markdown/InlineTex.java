package dev.studyguide.source.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Inline TeX between {@code $…$}, {@code $$…$$} inside a line, or {@code \(…\)}, kept verbatim. An opening
 * {@code \(} that never closes is kept as an unclosed node holding just those two characters, so it can be shown
 * as written and reported; CommonMark would otherwise read it as an escaped parenthesis and drop the backslash.
 */
final class InlineTex extends Node {
  private final String tex;
  private final boolean closed;

  private InlineTex(BasedSequence chars, String tex, boolean closed) {
    super(chars);
    this.tex = tex;
    this.closed = closed;
  }

  static InlineTex closed(BasedSequence chars, String tex) {
    return new InlineTex(chars, tex, true);
  }

  static InlineTex unclosed(BasedSequence opening) {
    return new InlineTex(opening, "", false);
  }

  /** Everything between the delimiters, byte for byte; empty when unclosed. */
  String tex() {
    return tex;
  }

  boolean closed() {
    return closed;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
