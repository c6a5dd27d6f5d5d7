package dev.studyguide.source.markdown;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Display math: a line starting with {@code $$} (up to three spaces in). Either the whole block is on that line
 * ({@code $$ x $$}), or it runs to the first line that ends with {@code $$} ({@code \begin{aligned}} …
 * {@code \end{aligned} $$}). It may interrupt a paragraph, as the sources put formulas right under a sentence.
 * LaTeX's {@code \[ … \]} is read the same way, by a second factory; a whole line {@code \[…\]} is math only
 * when it looks like TeX ({@link BracketMath}), so {@code \[E\]} alone on a line stays two escaped brackets.
 *
 * <p>A blank line ends display math in TeX, so an opening {@code $$} whose closing does not come before the next
 * blank line is unclosed: it then takes only its own line and is marked unclosed, and the lines after it are read
 * as ordinary markdown instead of vanishing into the formula.
 */
final class DisplayMathParser extends AbstractBlockParser {
  private final DisplayMath block = new DisplayMath();
  private final BasedSequence opening;
  private final List<String> rawLines = new ArrayList<>();
  private final StringBuilder tex = new StringBuilder();
  private final boolean multiLine;
  private final String close;
  private BasedSequence lastLine;
  private boolean closed;

  private DisplayMathParser(BasedSequence opening, String close, String firstTex, boolean multiLine,
      boolean closed) {
    this.opening = opening;
    this.close = close;
    this.multiLine = multiLine;
    this.closed = closed;
    this.lastLine = opening;
    this.rawLines.add(opening.toString());
    this.tex.append(firstTex);
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (!multiLine || closed || state.isBlank()) {
      return BlockContinue.none();
    }
    BasedSequence line = withoutEol(state.getLine().subSequence(state.getIndex()));
    rawLines.add(line.toString());
    lastLine = line;
    String text = line.toString();
    String trimmed = text.stripTrailing();
    tex.append('\n');
    if (trimmed.endsWith(close)) {
      tex.append(trimmed, 0, trimmed.length() - close.length());
      closed = true;
      return BlockContinue.finished();
    }
    tex.append(text);
    return BlockContinue.atIndex(state.getLineEndIndex());
  }

  @Override
  public void addLine(ParserState state, BasedSequence line) {
    // tryContinue has already taken each line whole.
  }

  @Override
  public void closeBlock(ParserState state) {
    BasedSequence chars = opening.baseSubSequence(opening.getStartOffset(), lastLine.getEndOffset());
    block.finish(chars, opening.subSequence(0, close.length()).toString(), closed ? tex.toString() : "", closed,
        rawLines);
  }

  private static BasedSequence withoutEol(BasedSequence line) {
    return line.trimEOL();
  }

  /** Whether a line ending in {@code close} comes after {@code from} (a base offset) before a blank line. */
  private static boolean closesLater(BasedSequence base, int from, String close) {
    int start = from;
    while (start < base.length()) {
      int end = base.indexOf('\n', start);
      if (end < 0) {
        end = base.length();
      }
      BasedSequence line = base.subSequence(start, end);
      if (line.isBlank()) {
        return false;
      }
      if (line.trimEnd().endsWith(close)) {
        return true;
      }
      start = end + 1;
    }
    return false;
  }

  /** One factory per pair of delimiters: flexmark keeps one factory per class, so each pair has its own. */
  abstract static sealed class Factory implements CustomBlockParserFactory {
    private final String open;
    private final String close;

    private Factory(String open, String close) {
      this.open = open;
      this.close = close;
    }

    static Factory dollars() {
      return new Dollars();
    }

    static Factory brackets() {
      return new Brackets();
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
      return new StartFactory(options, open, close);
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }
  }

  private static final class Dollars extends Factory {
    Dollars() {
      super("$$", "$$");
    }
  }

  private static final class Brackets extends Factory {
    Brackets() {
      super("\\[", "\\]");
    }
  }

  private static final class StartFactory extends AbstractBlockParserFactory {
    private final String open;
    private final String close;

    StartFactory(DataHolder options, String open, String close) {
      super(options);
      this.open = open;
      this.close = close;
    }

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= 4) {
        return BlockStart.none();
      }
      BasedSequence line = withoutEol(state.getLine());
      BasedSequence opening = line.subSequence(state.getNextNonSpaceIndex());
      if (!opening.startsWith(open)) {
        return BlockStart.none();
      }
      String after = opening.subSequence(open.length()).toString();
      int end = after.indexOf(close);
      DisplayMathParser parser;
      if (end >= 0) {
        if (!after.substring(end + close.length()).isBlank()) {
          return BlockStart.none(); // "$$ x $$ and more": a paragraph with inline math
        }
        if (open.startsWith("\\") && !BracketMath.looksLikeTex(after.substring(0, end))) {
          return BlockStart.none(); // "\[E\]": escaped brackets
        }
        parser = new DisplayMathParser(opening, close, after.substring(0, end), false, true);
      } else {
        int nextLine = state.getLineWithEOL().getEndOffset();
        boolean closes = closesLater(line.getBaseSequence(), nextLine, close);
        parser = new DisplayMathParser(opening, close, after, closes, false);
      }
      return BlockStart.of(parser).atIndex(state.getLine().length());
    }
  }
}
