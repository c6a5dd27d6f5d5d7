package dev.studyguide.search;

import dev.studyguide.graph.ConceptAnalyzer;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * An analyzer with {@link MathChars} in front: the guide's {@link dev.studyguide.graph.ConceptAnalyzer} for the
 * index, and the two partial chains the query side needs to mirror it word by word.
 */
final class SearchAnalyzer extends AnalyzerWrapper {
  private final Analyzer inner;

  private SearchAnalyzer(Analyzer inner) {
    super(Analyzer.GLOBAL_REUSE_STRATEGY);
    this.inner = inner;
  }

  /** {@code inner} reading math characters as words. */
  static Analyzer withMathChars(Analyzer inner) {
    return new SearchAnalyzer(inner);
  }

  /** Words as the tokenizer cuts them, math characters read: where surface forms come from. */
  static Analyzer tokens() {
    return withMathChars(new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, source);
      }
    });
  }

  /**
   * The forms topic names are matched on: the concept analyzer's chain up to its name matcher (lower case, accents
   * folded, possessive and plural removed). Without math characters for the names themselves, with them for text.
   */
  static Analyzer nameForms(boolean mathChars) {
    Analyzer forms = ConceptAnalyzer.nameForms();
    return mathChars ? withMathChars(forms) : forms;
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return inner;
  }

  @Override
  protected Reader wrapReader(String fieldName, Reader reader) {
    return MathChars.filter(reader);
  }
}
