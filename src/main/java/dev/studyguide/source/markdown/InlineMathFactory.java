package dev.studyguide.source.markdown;

import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import java.util.Set;
import java.util.function.Supplier;

/** Registers an inline math parser with flexmark: where it may start, and no ordering against other extensions. */
final class InlineMathFactory implements InlineParserExtensionFactory {
  private final String characters;
  private final Supplier<InlineParserExtension> parser;

  InlineMathFactory(String characters, Supplier<InlineParserExtension> parser) {
    this.characters = characters;
    this.parser = parser;
  }

  @Override
  public CharSequence getCharacters() {
    return characters;
  }

  @Override
  public InlineParserExtension apply(LightInlineParser inlineParser) {
    return parser.get();
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
