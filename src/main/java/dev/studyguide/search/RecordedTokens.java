package dev.studyguide.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * What an analyzer made of one field value, kept so the same text can be indexed again without analysing it
 * again: every token with what the index reads of it (term, position increment; offsets and position length
 * for completeness) and the end state that positions the field's next value.
 */
final class RecordedTokens {
  private record Token(String term, int increment, int length, int start, int end) {}

  private final List<Token> tokens;
  private final int endIncrement;
  private final int endOffset;

  private RecordedTokens(List<Token> tokens, int endIncrement, int endOffset) {
    this.tokens = List.copyOf(tokens);
    this.endIncrement = endIncrement;
    this.endOffset = endOffset;
  }

  static RecordedTokens of(Analyzer analyzer, String field, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(new Token(term.toString(), increment.getPositionIncrement(), length.getPositionLength(),
            offset.startOffset(), offset.endOffset()));
      }
      stream.end();
      return new RecordedTokens(tokens, increment.getPositionIncrement(), offset.endOffset());
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text in memory", e);
    }
  }

  /** The tokens again, as a stream the index writer reads like the analyzer's own. */
  TokenStream replay() {
    return new TokenStream() {
      private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
      private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
      private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
      private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
      private int next;

      @Override
      public boolean incrementToken() {
        if (next == tokens.size()) {
          return false;
        }
        clearAttributes();
        Token token = tokens.get(next++);
        term.setEmpty().append(token.term());
        increment.setPositionIncrement(token.increment());
        length.setPositionLength(token.length());
        offset.setOffset(token.start(), token.end());
        return true;
      }

      @Override
      public void end() throws IOException {
        super.end();
        increment.setPositionIncrement(endIncrement);
        offset.setOffset(endOffset, endOffset);
      }

      @Override
      public void reset() throws IOException {
        super.reset();
        next = 0;
      }
    };
  }
}
