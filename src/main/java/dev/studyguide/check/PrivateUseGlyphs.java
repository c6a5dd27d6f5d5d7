package dev.studyguide.check;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The Nu Html Checker's warning about Unicode Private Use Area characters, judged by where they sit. KaTeX draws a
 * few glyphs (the slash of {@code \not}, U+E020) from private-use code points of the fonts it ships with the page,
 * so a PUA character inside KaTeX's markup is its known behaviour, not something an editor can fix: a note. One
 * anywhere else (source text, a template) stays a warning.
 */
final class PrivateUseGlyphs {
  static final String MESSAGE = "Document uses the Unicode Private Use Area";
  static final String REASON = "KaTeX's own output: it draws some glyphs (such as the slash of \\not) from private-use"
      + " code points of the fonts it ships with the page; nothing to fix";

  private PrivateUseGlyphs() {}

  /** The page's findings with a PUA warning made a note when every PUA character is inside KaTeX's markup. */
  static List<Finding> judge(List<Finding> findings, String html) {
    if (findings.stream().noneMatch(PrivateUseGlyphs::isPuaWarning) || !onlyInsideKatex(html)) {
      return findings;
    }
    return findings.stream().map(f -> isPuaWarning(f)
        ? Finding.info(f.area(), f.file(), f.line(), f.message(), REASON) : f).toList();
  }

  private static boolean isPuaWarning(Finding f) {
    return f.area() == Finding.Area.HTML && f.level() == Finding.Level.WARNING && f.message().startsWith(MESSAGE);
  }

  /** Whether every private-use character of the page is text inside KaTeX's markup (none in attributes). */
  static boolean onlyInsideKatex(String html) {
    boolean[] outside = {false};
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode text && hasPrivateUse(text.getWholeText()) && !inKatex(text)
          || node instanceof Element e && e.attributes().asList().stream().anyMatch(a -> hasPrivateUse(a.getValue()))) {
        outside[0] = true;
      }
    }, Jsoup.parse(html));
    return !outside[0];
  }

  private static boolean inKatex(TextNode text) {
    for (Node n = text.parent(); n instanceof Element e; n = e.parent()) {
      if (e.hasClass("katex")) {
        return true;
      }
    }
    return false;
  }

  static boolean hasPrivateUse(String text) {
    return text.codePoints().anyMatch(c -> Character.getType(c) == Character.PRIVATE_USE);
  }
}
