package dev.studyguide.source.markdown;

import dev.studyguide.model.Diagnostic;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * HTML written inside markdown, cut down to what GitHub shows: jsoup parses it as a browser would and its
 * {@link Cleaner} keeps only the {@link #SAFELIST}'s tags and attributes, so scripts, styles, event handlers and
 * {@code javascript:} or {@code data:} links never reach the model. Before cleaning, each element is stamped with
 * its source line ({@link #LINE}) and what the cleaner is about to drop that a reader would miss (a script's
 * content, an event handler, an unsafe link, embedded content) is reported at its line, as is a {@code <details>}
 * that never closes. Other tags the safelist lacks ({@code div}, {@code span}, {@code font}) give way to their
 * text without a word: nothing is lost.
 */
final class SafeHtml {
  /** Each element's 1-based source line, set here on every element (a document's own value is overwritten). */
  static final String LINE = "data-line";

  /** GitHub's safe subset that the model can hold, and the placeholders standing for markdown between HTML. */
  static final Safelist SAFELIST = Safelist.none()
      .addTags("p", "br", "b", "strong", "i", "em", "sub", "sup", "code", "pre", "a", "img", "ul", "ol", "li",
          "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "details", "summary", "blockquote",
          "h1", "h2", "h3", "h4", "h5", "h6", "hr", HtmlSource.PLACEHOLDER)
      .addAttributes("a", "href")
      .addAttributes("img", "src", "alt", "title")
      .addAttributes(HtmlSource.PLACEHOLDER, HtmlSource.INDEX)
      .addAttributes(":all", LINE)
      .addProtocols("a", "href", "http", "https", "mailto")
      .addProtocols("img", "src", "http", "https")
      .preserveRelativeLinks(true);

  /** Metadata and script-supporting elements (HTML's content categories): what they hold is not text to read. */
  private static final Set<String> METADATA = Set.of("script", "style", "template", "noscript", "link", "meta",
      "base", "title");
  /**
   * Embedded content and controls (HTML's content categories): the safelist drops them and their text alone
   * would not say what was there, so they are reported.
   */
  private static final Set<String> EMBEDDED = Set.of("svg", "math", "iframe", "object", "embed", "video", "audio",
      "canvas", "picture", "form", "input", "button", "select", "textarea");
  /** Relative links and images resolve against this, so the safelist can check their protocol and keep them. */
  private static final String BASE = "https://document.invalid/";

  private SafeHtml() {}

  /**
   * The fragment parsed and cleaned, as the children of a body element; {@code lineOf} maps an offset in the
   * fragment to its source line.
   */
  static Element clean(String file, String html, IntUnaryOperator lineOf, List<Diagnostic> diagnostics) {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document dirty = Document.createShell(BASE);
    // Parsed in a body's context, so a leading <script> or <title> stays where it was written, not in a head.
    dirty.body().appendChildren(parser.parseFragmentInput(html, dirty.body(), BASE));
    for (Element element : dirty.body().getAllElements()) {
      if (element != dirty.body()) {
        element.attr(LINE, Integer.toString(lineOf(element, lineOf)));
      }
    }
    for (Element element : dirty.body().getAllElements()) {
      if (element != dirty.body()) {
        report(file, element, diagnostics);
      }
    }
    return new Cleaner(SAFELIST).clean(dirty).body();
  }

  /** The element's line: where it starts, else (made up by the parser, like a table's tbody) its parent's. */
  private static int lineOf(Element element, IntUnaryOperator lineOf) {
    if (element.sourceRange().isTracked()) {
      return lineOf.applyAsInt(element.sourceRange().start().pos());
    }
    Element parent = element.parent();
    return parent != null && parent.hasAttr(LINE) ? Integer.parseInt(parent.attr(LINE)) : lineOf.applyAsInt(0);
  }

  /** What the cleaner is about to drop that a reader would miss, as a message and what to do. */
  private record Problem(String message, String hint) {}

  /**
   * One warning for what the cleaner drops from this element that a reader would miss, if anything; an element
   * whose content is data (a script's text) is removed here with it, so no cleaner keeps that text as words.
   */
  private static void report(String file, Element element, List<Diagnostic> diagnostics) {
    int line = Integer.parseInt(element.attr(LINE));
    String tag = element.normalName();
    Optional<Problem> problem;
    if (!SAFELIST.isSafeTag(tag) && (METADATA.contains(tag) || holdsRawContent(element))) {
      element.remove();
      problem = Optional.of(new Problem("HTML <" + tag + "> dropped with what it holds",
          "a page never runs or styles itself from a source; delete it from the document"));
    } else {
      problem = eventHandler(element, tag).or(() -> unsafeTarget(element, tag)).or(() -> lost(element, tag));
    }
    problem.ifPresent(p -> diagnostics.add(Diagnostic.warning(file, line, p.message(), p.hint())));
  }

  private static Optional<Problem> eventHandler(Element element, String tag) {
    return element.attributes().asList().stream().map(a -> a.getKey().toLowerCase(Locale.ROOT))
        .filter(name -> name.startsWith("on")).findFirst()
        .map(name -> new Problem("event handler " + name + " on <" + tag + "> dropped",
            "a page never runs a source's scripts; delete the attribute"));
  }

  /** A link or image whose address the safelist refuses ({@code javascript:}, {@code data:}). */
  private static Optional<Problem> unsafeTarget(Element element, String tag) {
    String key = tag.equals("a") ? "href" : tag.equals("img") ? "src" : "";
    Optional<Attribute> target = element.attributes().asList().stream()
        .filter(a -> !key.isEmpty() && a.getKey().equalsIgnoreCase(key)).findFirst();
    if (target.isEmpty() || SAFELIST.isSafeAttribute(tag, element, target.get())) {
      return Optional.empty();
    }
    String address = shorten(target.get().getValue());
    return Optional.of(tag.equals("a")
        ? new Problem("link to " + address + " dropped, its text kept", "only http(s), mailto and relative links are kept")
        : new Problem("image " + address + " dropped, its alt text kept", "only http(s) and relative images are kept"));
  }

  /** Embedded content the page will not show, and a disclosure that swallows the rest of the section. */
  private static Optional<Problem> lost(Element element, String tag) {
    if (EMBEDDED.contains(tag)) {
      return Optional.of(new Problem("HTML <" + tag + "> is not shown, only any text inside it",
          "embedded content never reaches a page; use an image file beside the document or a link"));
    }
    if (tag.equals("details") && element.endSourceRange().isImplicit()) {
      return Optional.of(new Problem("<details> is not closed",
          "close it with </details>; everything after it in this section is read as inside it"));
    }
    return Optional.empty();
  }

  /**
   * Whether the parser read the element's content as data rather than markup (a script's or style's text), or
   * swallowed a placeholder as text (a {@code <textarea>} around markdown): the cleaner would keep such text
   * as if it were words.
   */
  private static boolean holdsRawContent(Element element) {
    for (Node child : element.childNodes()) {
      if (child instanceof DataNode data && !data.getWholeData().isBlank()) {
        return true;
      }
      if (child instanceof TextNode text && text.getWholeText().contains("<" + HtmlSource.PLACEHOLDER)) {
        return true;
      }
    }
    return false;
  }

  private static String shorten(String url) {
    String quoted = url.strip().replaceAll("\\p{Cntrl}", " "); // a tab hidden in "jav&#9;ascript:" shown as a space
    return "\"" + (quoted.length() <= 40 ? quoted : quoted.substring(0, 37) + "...") + "\"";
  }
}
