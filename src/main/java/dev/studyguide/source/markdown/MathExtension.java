package dev.studyguide.source.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Registers the TeX parsers with flexmark: always {@code $…$}, {@code \(…\)} and {@code \[…\]} inside a line,
 * and {@code $$…$$} and {@code \[…\]} blocks when asked.
 */
final class MathExtension implements Parser.ParserExtension {
  private final boolean displayBlocks;

  private MathExtension(boolean displayBlocks) {
    this.displayBlocks = displayBlocks;
  }

  static MathExtension withDisplayBlocks() {
    return new MathExtension(true);
  }

  static MathExtension inlineOnly() {
    return new MathExtension(false);
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.customInlineParserExtensionFactory(new InlineMathFactory("$", DollarMathParser::new));
    builder.customInlineParserExtensionFactory(new InlineMathFactory("\\", ParenMathParser::new));
    if (displayBlocks) {
      builder.customBlockParserFactory(DisplayMathParser.Factory.dollars());
      builder.customBlockParserFactory(DisplayMathParser.Factory.brackets());
    }
  }
}
