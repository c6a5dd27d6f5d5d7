package dev.studyguide.source.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
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

/**
 * Turns flexmark's tree into model blocks and inlines, with real source lines. Nothing the tree holds is
 * dropped except what has no words: thematic breaks and link reference definitions (whose targets the links
 * keep). Node kinds the model has no place for become paragraphs of their raw text.
 */
final class ModelConverter {
  private final String file;
  private final ParsedText text;
  private final Document document;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  ModelConverter(String file, ParsedText text, Document document) {
    this.file = file;
    this.text = text;
    this.document = document;
  }

  List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }

  List<Block> blocks(Node parent) {
    List<Block> out = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      addBlock(node, out);
    }
    return out;
  }

  /** The inline content of a paragraph-like node, soft breaks as spaces, hard breaks as newlines. */
  List<Inline> inlines(Node parent) {
    InlineRun run = new InlineRun();
    addChildren(parent, run);
    return run.finish();
  }

  private void addBlock(Node node, List<Block> out) {
    int line = lineOf(node);
    if (node instanceof Paragraph) {
      out.add(new Block.Paragraph(inlines(node), line));
    } else if (node instanceof Heading) {
      out.add(new Block.Heading(inlines(node), line));
    } else if (node instanceof BulletList || node instanceof OrderedList) {
      out.add(list(node, line));
    } else if (node instanceof DisplayMath math) {
      out.add(displayMath(math, line));
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
    diagnostics.add(Diagnostic.warning(file, line, "display math opened with $$ is not closed",
        "end the formula with $$ before the next blank line; its opening line is kept as text"));
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
      run.add(new Inline.Link(link.getUrl().unescape(), inlines(node)));
    } else if (node instanceof Image image) {
      run.add(new Inline.Link(image.getUrl().unescape(), List.of(new Inline.Text(image.getText().unescape()))));
    } else if (node instanceof AutoLink || node instanceof MailLink) {
      String target = ((com.vladsch.flexmark.ast.DelimitedLinkNode) node).getText().toString();
      String href = node instanceof MailLink ? "mailto:" + target : target;
      run.add(new Inline.Link(href, List.of(new Inline.Text(target))));
    } else if (node instanceof LinkRef ref && ref.isDefined()) {
      run.add(new Inline.Link(ref.getReferenceNode(document).getUrl().unescape(), inlines(node)));
    } else if (node.hasChildren()) {
      keepDelimiters(node, run); // undefined [refs], text wrappers: the words and the brackets stay
    } else {
      run.text(node.getChars().unescape());
    }
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
