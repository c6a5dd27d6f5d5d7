package dev.studyguide.model;

import java.util.ArrayList;
import java.util.List;

/** Read-only walks over block trees that several stages need. */
public final class Blocks {
  private Blocks() {}

  /**
   * Every block of a tree, depth first in reading order: a list, then the blocks of its items; a disclosure, then
   * the blocks it holds.
   */
  public static List<Block> flatten(List<Block> blocks) {
    List<Block> out = new ArrayList<>();
    addAll(blocks, out);
    return out;
  }

  private static void addAll(List<Block> blocks, List<Block> out) {
    for (Block block : blocks) {
      out.add(block);
      if (block instanceof Block.ListBlock list) {
        list.items().forEach(item -> addAll(item.blocks(), out));
      } else if (block instanceof Block.Details details) {
        addAll(details.blocks(), out);
      }
    }
  }

  /**
   * The inline content a block holds itself: a paragraph's or heading's, a table's caption and cells, a
   * disclosure's summary.
   */
  public static List<List<Inline>> inlineRuns(Block block) {
    if (block instanceof Block.Paragraph p) {
      return List.of(p.content());
    }
    if (block instanceof Block.Heading h) {
      return List.of(h.content());
    }
    if (block instanceof Block.Details d) {
      return List.of(d.summary());
    }
    if (block instanceof Block.Table t) {
      List<List<Inline>> out = new ArrayList<>();
      out.add(t.caption());
      out.addAll(t.header());
      t.rows().forEach(out::addAll);
      return out;
    }
    return List.of();
  }
}
