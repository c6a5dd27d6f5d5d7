package dev.studyguide.search;

import dev.studyguide.model.Block;
import dev.studyguide.model.Inline;
import dev.studyguide.model.Inlines;
import java.util.List;

/**
 * Model content as plain text a reader can scan in a snippet: words as written, TeX as {@link MathText}, Unicode
 * formulas and code verbatim, images as their alt text, one line per block, list item or table row.
 */
final class ReadableText {
  private ReadableText() {}

  static String of(List<Inline> inlines) {
    StringBuilder out = new StringBuilder();
    inlines(inlines, out);
    return out.toString().replaceAll("[ \\t]+", " ").strip();
  }

  static String ofBlocks(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    blocks(blocks, out);
    return out.toString().replaceAll("[ \\t]+", " ").replaceAll(" ?\\n[ \\n]*", "\n").strip();
  }

  private static void blocks(List<Block> blocks, StringBuilder out) {
    for (Block block : blocks) {
      if (block instanceof Block.Paragraph p) {
        inlines(p.content(), out);
      } else if (block instanceof Block.Heading h) {
        inlines(h.content(), out);
      } else if (block instanceof Block.ListBlock l) {
        for (Block.ListItem item : l.items()) {
          blocks(item.blocks(), out);
          out.append('\n');
        }
      } else if (block instanceof Block.MathBlock m) {
        out.append(MathText.of(m.tex()));
      } else if (block instanceof Block.FormulaBlock f) {
        out.append(f.text());
      } else if (block instanceof Block.Table t) {
        table(t, out);
      } else if (block instanceof Block.CodeBlock c) {
        out.append(c.code().replace('\n', ' '));
      } else if (block instanceof Block.Details d) {
        inlines(d.summary(), out);
        out.append('\n');
        blocks(d.blocks(), out);
      }
      out.append('\n');
    }
  }

  private static void table(Block.Table table, StringBuilder out) {
    if (!table.caption().isEmpty()) {
      inlines(table.caption(), out);
      out.append('\n');
    }
    if (!table.header().isEmpty()) {
      row(table.header(), out);
    }
    table.rows().forEach(row -> row(row, out));
  }

  private static void row(List<List<Inline>> cells, StringBuilder out) {
    for (int i = 0; i < cells.size(); i++) {
      out.append(i == 0 ? "" : " · ");
      inlines(cells.get(i), out);
    }
    out.append('\n');
  }

  private static void inlines(List<Inline> inlines, StringBuilder out) {
    for (Inline leaf : Inlines.leaves(inlines)) {
      if (leaf instanceof Inline.Text t) {
        out.append(t.text().replace('\n', ' '));
      } else if (leaf instanceof Inline.Code c) {
        out.append(c.text());
      } else if (leaf instanceof Inline.Math m) {
        out.append(MathText.of(m.tex()));
      } else if (leaf instanceof Inline.Formula f) {
        out.append(f.text());
      } else if (leaf instanceof Inline.Image i) {
        out.append(i.alt()); // a picture's words are its alt text
      }
    }
  }
}
