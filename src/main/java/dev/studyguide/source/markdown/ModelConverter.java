package dev.studyguide.source.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.studyguide.model.Block;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inline;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Turns flexmark's tree into model blocks and inlines, with real source lines. Nothing the tree holds is
 * dropped except what has no words: thematic breaks, link reference definitions (whose targets the links
 * keep) and HTML comments. Node kinds the model has no place for become paragraphs of their raw text.
 *
 * <p>HTML: where a container's children include raw HTML (an HTML block, or HTML inside a line), those children
 * are read together as one HTML fragment, the markdown among them standing in as placeholders
 * ({@link HtmlSource}), sanitized ({@link SafeHtml}) and turned into the model ({@link HtmlModel}); so
 * {@code H<sub>2</sub>O} is a subscript and a {@code <details>} holds the markdown paragraphs up to its
 * {@code </details>}. Text inside HTML is read with HTML as text ({@code readHtml} false), so an escaped
 * {@code &lt;b&gt;} stays the text it was.
 */
final class ModelConverter implements HtmlModel.Context {
  private final String file;
  private final ParsedText text;
  private final Document document;
  private final boolean readHtml;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  ModelConverter(String file, ParsedText text, Document document) {
    this(file, text, document, true);
  }

  ModelConverter(String file, ParsedText text, Document document, boolean readHtml) {
    this.file = file;
    this.text = text;
    this.document = document;
    this.readHtml = readHtml;
  }

  /** What went wrong, in line order (an HTML fragment's problems are found before the markdown around them). */
  List<Diagnostic> diagnostics() {
    return diagnostics.stream().sorted(java.util.Comparator.comparingInt(Diagnostic::line)).toList();
  }

  List<Block> blocks(Node parent) {
    if (readHtml && hasChild(parent, HtmlBlock.class, HtmlCommentBlock.class)) {
      return htmlBlocks(parent);
    }
    List<Block> out = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      addBlock(node, out);
    }
    return out;
  }

  /** The inline content of a paragraph-like node, soft breaks as spaces, hard breaks as newlines. */
  List<Inline> inlines(Node parent) {
    InlineRun run = new InlineRun();
    if (readHtml && hasChild(parent, HtmlInline.class, HtmlInlineComment.class)) {
      htmlInlines(parent, run.collapsingSpacesAtJoins());
    } else {
      addChildren(parent, run);
    }
    return run.finish();
  }

  private static boolean hasChild(Node parent, Class<?> kind, Class<?> otherKind) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (kind.isInstance(node) || otherKind.isInstance(node)) {
        return true;
      }
    }
    return false;
  }

  /** Children among which HTML blocks stand, read as one fragment (see the class comment). */
  private List<Block> htmlBlocks(Node parent) {
    HtmlSource source = new HtmlSource();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof HtmlBlock || node instanceof HtmlCommentBlock) {
        source.raw(node);
        source.newline();
      } else {
        source.embed(node, true);
      }
    }
    return new HtmlModel(source, this).blocks(clean(source));
  }

  /** Inline children among which HTML tags stand, read as one fragment (see the class comment). */
  private void htmlInlines(Node parent, InlineRun run) {
    HtmlSource source = new HtmlSource();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof HtmlInline || node instanceof HtmlInlineComment) {
        source.raw(node);
      } else {
        source.embed(node, false);
      }
    }
    HtmlModel model = new HtmlModel(source, this);
    clean(source).childNodes().forEach(child -> model.inline(child, run));
  }

  private Element clean(HtmlSource source) {
    return SafeHtml.clean(file, source.html(), offset -> text.sourceLineAt(source.documentOffset(offset)),
        diagnostics);
  }

  // ---- what HtmlModel asks of the markdown side

  @Override
  public List<Block> embeddedBlocks(Node node) {
    List<Block> out = new ArrayList<>();
    addBlock(node, out);
    return out;
  }

  @Override
  public void embeddedInline(Node node, InlineRun run) {
    addInline(node, run);
  }

  @Override
  public boolean isBlock(Node node) {
    return node instanceof com.vladsch.flexmark.util.ast.Block;
  }

  @Override
  public List<Inline> text(String words, int line) {
    Markdown.Parsed<List<Inline>> parsed = Markdown.parseTextInHtml(file, words, line);
    diagnostics.addAll(parsed.diagnostics());
    return parsed.value();
  }

  @Override
  public Inline image(String src, String alt, int line) {
    return ImageSource.read(file, src, alt, line, diagnostics);
  }

  private void addBlock(Node node, List<Block> out) {
    int line = lineOf(node);
    if (node instanceof Paragraph) {
      paragraph(node, line, out);
    } else if (node instanceof Heading) {
      out.add(new Block.Heading(inlines(node), line));
    } else if (node instanceof BulletList || node instanceof OrderedList) {
      out.add(list(node, line));
    } else if (node instanceof DisplayMath math) {
      out.add(displayMath(math, line));
    } else if (node instanceof FencedCodeBlock fenced && fenced.getInfo().toString().strip().equals("math")) {
      out.add(new Block.MathBlock(code(fenced), line)); // GitHub's ```math block
    } else if (node instanceof FencedCodeBlock fenced) {
      out.add(new Block.CodeBlock(fenced.getInfo().toString(), code(fenced), line));
    } else if (node instanceof IndentedCodeBlock) {
      out.add(new Block.CodeBlock("", code(node), line));
    } else if (node instanceof TableBlock) {
      out.add(table(node, line));
    } else if (node instanceof BlockQuote) {
      out.addAll(blocks(node)); // the model has no quotes; the words matter more than the bar
    } else if (!(node instanceof ThematicBreak) && !(node instanceof Reference)) {
      String raw = node.getChars().toString().strip();
      if (!raw.isEmpty()) {
        out.add(new Block.Paragraph(List.of(new Inline.Text(raw)), line));
      }
    }
  }

  /** A paragraph; one that is only a math image ({@code ![](https://latex.codecogs.com/…)}) is display math. */
  private void paragraph(Node paragraph, int line, List<Block> out) {
    Node only = paragraph.getFirstChild();
    if (only instanceof Image image && only.getNext() == null && ImageSource.isMath(image.getUrl().unescape())
        && image(image.getUrl().unescape(), image.getText().unescape(), line) instanceof Inline.Math math) {
      out.add(new Block.MathBlock(math.tex(), line));
      return;
    }
    List<Inline> content = inlines(paragraph);
    if (!content.isEmpty()) {
      out.add(new Block.Paragraph(content, line));
    }
  }

  private Block list(Node list, int line) {
    List<Block.ListItem> items = new ArrayList<>();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (item instanceof ListItem) {
        items.add(new Block.ListItem(blocks(item)));
      }
    }
    return new Block.ListBlock(list instanceof OrderedList, items, line);
  }

  private Block displayMath(DisplayMath math, int line) {
    if (math.closed()) {
      return new Block.MathBlock(math.tex(), line);
    }
    String close = math.opening().equals("$$") ? "$$" : "\\]";
    diagnostics.add(Diagnostic.warning(file, line, "display math opened with " + math.opening() + " is not closed",
        "end the formula with " + close + " before the next blank line; its opening line is kept as text"));
    return new Block.Paragraph(List.of(new Inline.Text(String.join("\n", math.rawLines()))), line);
  }

  private static String code(Node block) {
    String content = ((com.vladsch.flexmark.util.ast.Block) block).getContentChars().toString();
    return content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
  }

  private Block table(Node table, int line) {
    List<List<Inline>> header = List.of();
    List<List<List<Inline>>> rows = new ArrayList<>();
    List<Inline> caption = List.of();
    for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
      if (part instanceof TableHead || part instanceof TableBody) {
        for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
          if (!(row instanceof TableRow)) {
            continue;
          }
          List<List<Inline>> cells = cells(row);
          if (part instanceof TableHead && header.isEmpty()) {
            header = cells;
          } else {
            rows.add(cells);
          }
        }
      } else if (part instanceof TableCaption) {
        caption = inlines(part);
      }
    }
    return new Block.Table(caption, header, rows, line);
  }

  private List<List<Inline>> cells(Node row) {
    List<List<Inline>> cells = new ArrayList<>();
    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
      cells.add(inlines(cell));
    }
    return cells;
  }

  private void addChildren(Node parent, InlineRun run) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      addInline(node, run);
    }
  }

  private void addInline(Node node, InlineRun run) {
    if (node instanceof Text) {
      reportStrayDollars(node);
      run.text(node.getChars().unescape());
    } else if (node instanceof SoftLineBreak) {
      run.softBreak();
    } else if (node instanceof HardLineBreak) {
      run.text("\n");
    } else if (node instanceof InlineTex tex) {
      addTex(tex, run);
    } else if (node instanceof Code code) {
      run.add(new Inline.Code(code.getText().toString()));
    } else if (node instanceof Emphasis) {
      run.add(new Inline.Styled(Inline.Style.EMPHASIS, inlines(node)));
    } else if (node instanceof StrongEmphasis) {
      run.add(new Inline.Styled(Inline.Style.STRONG, inlines(node)));
    } else if (node instanceof Link link) {
      link(link.getUrl().unescape(), inlines(node), node, run);
    } else if (node instanceof Image image) {
      run.add(image(image.getUrl().unescape(), image.getText().unescape(), lineOf(image)));
    } else if (node instanceof HtmlInline || node instanceof HtmlInlineComment) {
      run.text(node.getChars()); // HTML inside HTML's text: an escaped tag, text as it was meant
    } else if (node instanceof AutoLink || node instanceof MailLink) {
      String target = ((com.vladsch.flexmark.ast.DelimitedLinkNode) node).getText().toString();
      String href = node instanceof MailLink ? "mailto:" + target : target;
      link(href, List.of(new Inline.Text(target)), node, run);
    } else if (node instanceof LinkRef ref && ref.isDefined()) {
      link(ref.getReferenceNode(document).getUrl().unescape(), inlines(node), node, run);
    } else if (node.hasChildren()) {
      keepDelimiters(node, run); // undefined [refs], text wrappers: the words and the brackets stay
    } else {
      run.text(node.getChars().unescape());
    }
  }

  /** A link, or only its label when its target has a scheme no page may follow ({@code javascript:}): reported. */
  private void link(String href, List<Inline> label, Node node, InlineRun run) {
    if (LinkScheme.allowed(href)) {
      run.add(new Inline.Link(href, label));
      return;
    }
    String shown = href.length() <= 40 ? href : href.substring(0, 37) + "...";
    diagnostics.add(Diagnostic.warning(file, lineOf(node), "link to \"" + shown + "\" dropped, its text kept",
        "only http(s), mailto and relative links are kept"));
    label.forEach(run::add);
  }

  private void keepDelimiters(Node node, InlineRun run) {
    int start = node.getStartOffset();
    int end = node.getEndOffset();
    run.text(document.getChars().subSequence(start, node.getFirstChild().getStartOffset()).unescape());
    addChildren(node, run);
    run.text(document.getChars().subSequence(node.getLastChild().getEndOffset(), end).unescape());
  }

  private void addTex(InlineTex tex, InlineRun run) {
    if (tex.closed()) {
      run.add(new Inline.Math(tex.tex(), lineOf(tex)));
      return;
    }
    diagnostics.add(Diagnostic.warning(file, lineOf(tex), "unclosed \\(: inline math is not closed on this line",
        "close the formula with \\) on the same line, or write ( without the backslash"));
    run.text(tex.getChars());
  }

  /** A dollar left in plain text means a formula that never closed (escaped dollars are meant). */
  private void reportStrayDollars(Node node) {
    CharSequence raw = node.getChars();
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) == '$' && (i == 0 || raw.charAt(i - 1) != '\\')) {
        diagnostics.add(Diagnostic.warning(file, text.sourceLineAt(node.getStartOffset() + i),
            "unpaired $: inline math is not closed on this line",
            "close the formula with $ on the same line, or write \\$ for a literal dollar"));
        return;
      }
    }
  }

  private int lineOf(Node node) {
    return text.sourceLineAt(node.getStartOffset());
  }
}
