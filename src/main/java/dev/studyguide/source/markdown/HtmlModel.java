package dev.studyguide.source.markdown;

import dev.studyguide.model.Block;
import dev.studyguide.model.Blocks;
import dev.studyguide.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Sanitized HTML ({@link SafeHtml}) as model blocks and inlines: {@code p} a paragraph, {@code h1}–{@code h6} a
 * heading, {@code ul}/{@code ol} a list, {@code table} a table, {@code details} a disclosure, {@code pre} code,
 * {@code blockquote} its blocks; {@code b}/{@code strong}, {@code i}/{@code em}, {@code sub}, {@code sup} styled
 * runs, {@code code} code, {@code a} a link, {@code br} a line break, {@code img} an image or formula
 * ({@link ImageSource}). Text between tags is read as inline markdown (math included). Inline content met where
 * blocks go makes a paragraph; block content inside a cell or a styled run is kept as lines. A math image alone
 * in its paragraph is display math. Placeholders ({@link HtmlSource}) are replaced by the markdown they stand for.
 */
final class HtmlModel {
  /** What the markdown side supplies: the nodes behind placeholders, and text and images read in context. */
  interface Context {
    /** The blocks of the markdown node behind a placeholder. */
    List<Block> embeddedBlocks(com.vladsch.flexmark.util.ast.Node node);

    /** The inlines of the markdown node behind a placeholder, added to {@code run}. */
    void embeddedInline(com.vladsch.flexmark.util.ast.Node node, InlineRun run);

    /** Whether the node behind a placeholder is a block (a paragraph, a list) rather than an inline. */
    boolean isBlock(com.vladsch.flexmark.util.ast.Node node);

    /** Text between tags as inline markdown; {@code line} is where it starts. */
    List<Inline> text(String text, int line);

    /** An image or math image as an inline (see {@link ImageSource}). */
    Inline image(String src, String alt, int line);
  }

  private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
      "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "details", "summary", "blockquote", "pre", "hr");

  private final HtmlSource source;
  private final Context context;

  HtmlModel(HtmlSource source, Context context) {
    this.source = source;
    this.context = context;
  }

  /** The children of {@code container} as blocks. */
  List<Block> blocks(Element container) {
    List<Block> out = new ArrayList<>();
    List<Node> pending = new ArrayList<>();
    for (Node child : container.childNodes()) {
      if (isBlock(child)) {
        paragraph(pending, container, out);
        pending.clear();
        block((Element) child, out);
      } else {
        pending.add(child);
      }
    }
    paragraph(pending, container, out);
    return out;
  }

  /** The children of {@code element} as inlines. */
  List<Inline> inlines(Element element) {
    InlineRun run = new InlineRun().collapsingSpacesAtJoins();
    element.childNodes().forEach(child -> inline(child, run));
    return run.finish();
  }

  private boolean isBlock(Node node) {
    if (!(node instanceof Element element)) {
      return false;
    }
    if (element.normalName().equals(HtmlSource.PLACEHOLDER)) {
      com.vladsch.flexmark.util.ast.Node embedded = source.embedded(element.attr(HtmlSource.INDEX));
      return embedded != null && context.isBlock(embedded);
    }
    return BLOCK_TAGS.contains(element.normalName());
  }

  /** Inline nodes met at block level as one paragraph; a lone math image as display math. */
  private void paragraph(List<Node> nodes, Element parent, List<Block> out) {
    List<Node> content = nodes.stream().filter(n -> !(n instanceof TextNode t && t.isBlank())).toList();
    if (content.isEmpty()) {
      return;
    }
    int line = lineOf(content.get(0), parent);
    if (content.size() == 1 && content.get(0) instanceof Element img && img.normalName().equals("img")
        && ImageSource.isMath(img.attr("src"))) {
      Inline image = context.image(img.attr("src"), alt(img), line);
      if (image instanceof Inline.Math math) {
        out.add(new Block.MathBlock(math.tex(), line));
        return;
      }
    }
    InlineRun run = new InlineRun().collapsingSpacesAtJoins();
    nodes.forEach(n -> inline(n, run));
    List<Inline> inlines = run.finish();
    if (!inlines.isEmpty()) {
      out.add(new Block.Paragraph(inlines, line));
    }
  }

  private void block(Element element, List<Block> out) {
    int line = lineOf(element, element);
    switch (element.normalName()) {
      case "p" -> paragraph(element.childNodes(), element, out);
      case "h1", "h2", "h3", "h4", "h5", "h6" -> addIfAny(new Block.Heading(inlines(element), line), out);
      case "ul", "ol" -> out.add(list(element, line));
      case "table" -> out.add(HtmlTable.of(element, this, line));
      case "details" -> out.add(details(element, line));
      case "pre" -> out.add(new Block.CodeBlock("", withoutLastNewline(element.wholeText()), line));
      case "hr" -> { } // a rule has no words
      case HtmlSource.PLACEHOLDER -> out.addAll(context.embeddedBlocks(source.embedded(element.attr(HtmlSource.INDEX))));
      default -> out.addAll(blocks(element)); // blockquote, and a stray li, tr or cell: its content
    }
  }

  private static void addIfAny(Block.Heading heading, List<Block> out) {
    if (!heading.content().isEmpty()) {
      out.add(heading);
    }
  }

  private Block list(Element list, int line) {
    List<Block.ListItem> items = new ArrayList<>();
    for (Element child : list.children()) {
      items.add(new Block.ListItem(child.normalName().equals("li") ? blocks(child) : blocks(wrap(child))));
    }
    return new Block.ListBlock(list.normalName().equals("ol"), items, line);
  }

  /** An element as the only child of a new container, to read it at block level. */
  private static Element wrap(Element element) {
    Element holder = new Element("div");
    holder.appendChild(element.clone());
    return holder;
  }

  /** The summary (the first {@code summary} child) and the blocks of the rest. */
  private Block details(Element details, int line) {
    Element summary = details.children().stream().filter(c -> c.normalName().equals("summary")).findFirst()
        .orElse(null);
    Element rest = details.shallowClone();
    details.childNodes().stream().filter(n -> n != summary).forEach(n -> rest.appendChild(n.clone()));
    return new Block.Details(summary == null ? List.of() : inlines(summary), blocks(rest), line);
  }

  /** One node in a run of inline content. */
  void inline(Node node, InlineRun run) {
    if (node instanceof TextNode text) {
      text(text, run);
    } else if (node instanceof Element element) {
      element(element, run);
    }
  }

  private void text(TextNode node, InlineRun run) {
    String text = node.getWholeText();
    String words = text.strip();
    boolean spaceBefore = !run.isEmpty() && !run.endsWithNewLine();
    if (words.isEmpty()) {
      if (spaceBefore) {
        run.text(" ");
      }
      return;
    }
    if (spaceBefore && text.charAt(0) != words.charAt(0)) {
      run.text(" ");
    }
    context.text(words, lineOf(node, node.parent() instanceof Element e ? e : null)).forEach(run::add);
    if (text.charAt(text.length() - 1) != words.charAt(words.length() - 1)) {
      run.text(" ");
    }
  }

  private void element(Element element, InlineRun run) {
    int line = lineOf(element, element);
    switch (element.normalName()) {
      case "br" -> run.text("\n");
      case "b", "strong" -> styled(Inline.Style.STRONG, element, run);
      case "i", "em" -> styled(Inline.Style.EMPHASIS, element, run);
      case "sub" -> styled(Inline.Style.SUBSCRIPT, element, run);
      case "sup" -> styled(Inline.Style.SUPERSCRIPT, element, run);
      case "code", "pre" -> run.add(new Inline.Code(rawText(element)));
      case "a" -> link(element, run);
      case "img" -> run.add(context.image(element.attr("src"), alt(element), line));
      case HtmlSource.PLACEHOLDER -> embedded(element, run);
      default -> lines(element, run); // block content inside inline content: its inlines, a line each
    }
  }

  private void styled(Inline.Style style, Element element, InlineRun run) {
    List<Inline> children = inlines(element);
    if (!children.isEmpty()) {
      run.add(new Inline.Styled(style, children));
    }
  }

  private void link(Element element, InlineRun run) {
    List<Inline> children = inlines(element);
    String href = element.attr("href").strip();
    if (href.isEmpty()) {
      children.forEach(run::add); // the sanitizer took an unsafe target away (and it was reported)
    } else {
      run.add(new Inline.Link(href, children.isEmpty() ? List.of(new Inline.Text(href)) : children));
    }
  }

  private void embedded(Element placeholder, InlineRun run) {
    com.vladsch.flexmark.util.ast.Node node = source.embedded(placeholder.attr(HtmlSource.INDEX));
    if (node == null) {
      return; // a placeholder a document wrote itself: it stands for nothing
    }
    if (!context.isBlock(node)) {
      context.embeddedInline(node, run);
      return;
    }
    for (Block block : Blocks.flatten(context.embeddedBlocks(node))) {
      for (List<Inline> inlines : Blocks.inlineRuns(block)) {
        newLine(run);
        inlines.forEach(run::add);
      }
    }
  }

  private void lines(Element element, InlineRun run) {
    boolean block = BLOCK_TAGS.contains(element.normalName());
    if (block) {
      newLine(run);
    }
    element.childNodes().forEach(child -> inline(child, run));
    if (block) {
      newLine(run);
    }
  }

  private static void newLine(InlineRun run) {
    if (!run.isEmpty() && !run.endsWithNewLine()) {
      run.text("\n");
    }
  }

  /** An element's text as written, placeholders as the markdown source they stand for. */
  private String rawText(Element element) {
    StringBuilder out = new StringBuilder();
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode t) {
        out.append(t.getWholeText());
      } else if (child instanceof Element e && e.normalName().equals(HtmlSource.PLACEHOLDER)) {
        com.vladsch.flexmark.util.ast.Node node = source.embedded(e.attr(HtmlSource.INDEX));
        out.append(node == null ? "" : node.getChars());
      } else if (child instanceof Element e) {
        out.append(e.normalName().equals("br") ? "\n" : rawText(e));
      }
    }
    return out.toString();
  }

  private static String alt(Element img) {
    return img.hasAttr("alt") ? img.attr("alt") : img.attr("title");
  }

  private static String withoutLastNewline(String text) {
    String t = text.startsWith("\n") ? text.substring(1) : text;
    return t.endsWith("\n") ? t.substring(0, t.length() - 1) : t;
  }

  /** The source line of a node: an element's stamp, else (text) the nearest element before it or around it. */
  private static int lineOf(Node node, Element fallback) {
    for (Node n = node; n != null; n = n.previousSibling() != null ? n.previousSibling() : n.parent()) {
      if (n instanceof Element e && e.hasAttr(SafeHtml.LINE)) {
        return Integer.parseInt(e.attr(SafeHtml.LINE));
      }
    }
    return fallback != null && fallback.hasAttr(SafeHtml.LINE) ? Integer.parseInt(fallback.attr(SafeHtml.LINE)) : 1;
  }
}
