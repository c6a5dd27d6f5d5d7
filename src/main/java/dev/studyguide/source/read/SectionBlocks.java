package dev.studyguide.source.read;

import dev.studyguide.model.Block;
import dev.studyguide.model.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a section's units into blocks, rebuilding the list nesting that the PDF export flattened:
 * <ul>
 *   <li>an entry contains the entries after it that are deeper, and the bullets right after a numbered entry at
 *       its own depth (LaTeX nests itemize in enumerate; the export dropped the indent);
 *   <li>a numbered entry contains everything up to the entry that continues its numbering ({@link NumberedChains});
 *   <li>a display formula between two entries belongs to the entry right above it, so the list goes on around
 *       it;
 *   <li>a paragraph or table anywhere else ends the lists open above it.
 * </ul>
 */
final class SectionBlocks {
  private final List<SheetUnit> units;
  private final NumberedChains chains;
  private final ProseInlines inlines;

  private SectionBlocks(List<SheetUnit> units, ProseInlines inlines) {
    this.units = units;
    this.chains = new NumberedChains(units);
    this.inlines = inlines;
  }

  static List<Block> of(List<SheetUnit> units, ProseInlines inlines) {
    return new SectionBlocks(units, inlines).blocks(0, units.size());
  }

  private List<Block> blocks(int from, int to) {
    List<Block> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      SheetUnit unit = units.get(i);
      if (unit instanceof SheetUnit.Entry) {
        i = list(i, to, out);
      } else {
        out.add(block(unit));
        i++;
      }
    }
    return out;
  }

  /** Reads the list that starts with the entry at {@code first}; returns the index after it. */
  private int list(int first, int to, List<Block> out) {
    SheetUnit.Entry head = (SheetUnit.Entry) units.get(first);
    List<Block.ListItem> items = new ArrayList<>();
    int i = first;
    int previous = -1;
    while (i < to && units.get(i) instanceof SheetUnit.Entry entry
        && (previous < 0 || continues(head, previous, i))) {
      int end = contentEnd(i, to);
      List<Block> content = new ArrayList<>(ownBlocks(entry));
      content.addAll(blocks(i + 1, end));
      items.add(new Block.ListItem(content));
      previous = i;
      i = end;
    }
    out.add(new Block.ListBlock(head.ordered(), items, head.line()));
    return i;
  }

  private boolean continues(SheetUnit.Entry head, int previous, int index) {
    SheetUnit.Entry entry = (SheetUnit.Entry) units.get(index);
    if (chains.predecessor(index) == previous) {
      return true;
    }
    return !head.ordered() && !entry.ordered() && entry.depth() == head.depth();
  }

  /** The index after the last unit that belongs inside the entry at {@code index}. */
  private int contentEnd(int index, int to) {
    int next = chains.successor(index);
    if (next >= 0 && next < to) {
      return next;
    }
    SheetUnit.Entry entry = (SheetUnit.Entry) units.get(index);
    int reach = index + 1; // a numbered list started inside the entry keeps everything up to its continuation
    int j = index + 1;
    while (j < to && (j < reach || belongsInside(entry, index, j))) {
      int continuation = chains.successor(j);
      if (continuation >= 0 && continuation < to) {
        reach = Math.max(reach, continuation + 1);
      }
      j++;
    }
    return j;
  }

  private boolean belongsInside(SheetUnit.Entry entry, int index, int j) {
    SheetUnit unit = units.get(j);
    if (unit instanceof SheetUnit.Entry other) {
      return other.depth() > entry.depth()
          || other.depth() == entry.depth() && entry.ordered() && !other.ordered()
          || chains.predecessor(j) > index;
    }
    if (unit instanceof SheetUnit.Display) {
      int k = j; // look past the range: the entry below may already belong to an enclosing list
      while (k < units.size() && units.get(k) instanceof SheetUnit.Display) {
        k++;
      }
      return k < units.size() && units.get(k) instanceof SheetUnit.Entry;
    }
    return false;
  }

  private List<Block> ownBlocks(SheetUnit.Entry entry) {
    List<Block> own = new ArrayList<>();
    entry.text().ifPresent(text -> own.add(new Block.Paragraph(inlines.read(text), text.firstLine())));
    entry.display().ifPresent(display -> own.add(block(display)));
    return own;
  }

  private Block block(SheetUnit unit) {
    if (unit instanceof SheetUnit.Text text) {
      return new Block.Paragraph(inlines.read(text.text()), text.line());
    }
    if (unit instanceof SheetUnit.Display display) {
      inlines.checkTex(display.tex(), display.line());
      return new Block.MathBlock(display.tex(), display.line());
    }
    if (unit instanceof SheetUnit.TableRows table) {
      return table(table);
    }
    throw new IllegalStateException("entries are read as lists: " + unit);
  }

  private Block.Table table(SheetUnit.TableRows table) {
    List<Inline> caption = table.caption().isEmpty()
        ? List.of() : inlines.read(table.caption(), table.captionLine());
    List<List<Inline>> header = cells(table.rows().get(0), table.line());
    List<List<List<Inline>>> rows = new ArrayList<>();
    for (int r = 1; r < table.rows().size(); r++) {
      rows.add(cells(table.rows().get(r), table.line() + r));
    }
    return new Block.Table(caption, header, rows, table.line());
  }

  private List<List<Inline>> cells(List<String> row, int line) {
    return row.stream().map(cell -> cell.isEmpty() ? List.<Inline>of() : inlines.read(cell, line)).toList();
  }
}
