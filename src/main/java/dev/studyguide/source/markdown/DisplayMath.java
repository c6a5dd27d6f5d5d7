package dev.studyguide.source.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * A {@code $$…$$} (or {@code \[…\]}) display block. When its closing {@code $$} never came, it holds only the lines it took
 * (normally just the opening line) so they can be kept as text and reported, not swallowed.
 */
final class DisplayMath extends Block {
  private String opening = "$$";
  private String tex = "";
  private boolean closed;
  private List<String> rawLines = List.of();

  /** Set once by the parser when the block closes: flexmark wants the node before its content is known. */
  void finish(BasedSequence chars, String opening, String tex, boolean closed, List<String> rawLines) {
    setChars(chars);
    this.opening = opening;
    this.tex = tex;
    this.closed = closed;
    this.rawLines = List.copyOf(rawLines);
  }

  /** The opening delimiter as written: {@code $$} or {@code \[}. */
  String opening() {
    return opening;
  }

  /** Everything between the opening and closing {@code $$}, byte for byte, line breaks included. */
  String tex() {
    return tex;
  }

  boolean closed() {
    return closed;
  }

  /** The source lines this block took, as written (container indentation removed). */
  List<String> rawLines() {
    return rawLines;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
