package dev.studyguide.graph;

import dev.studyguide.model.Block;
import dev.studyguide.model.Blocks;
import dev.studyguide.model.Inline;
import dev.studyguide.model.Inlines;
import dev.studyguide.model.Item;
import java.util.List;

/**
 * The words of an item without its math, formulas and code: what topic assignment, duplicate detection and
 * mentions look at, so "$\mathbb{E}$" never counts as naming a topic.
 */
public final class ProseText {
  private ProseText() {}

  public static String of(List<Inline> inlines) {
    StringBuilder out = new StringBuilder();
    appendInlines(inlines, out);
    return out.toString().strip();
  }

  public static String ofBlocks(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    appendBlocks(blocks, out);
    return out.toString().strip();
  }

  /** Title and prompt: what the item is about. */
  public static String headline(Item item) {
    return (item.title() + "\n" + of(item.prompt())).strip();
  }

  /** Follow-ups and body: what the item goes on to say. */
  public static String details(Item item) {
    StringBuilder out = new StringBuilder();
    item.followUps().forEach(f -> {
      appendInlines(f, out);
      out.append('\n');
    });
    appendBlocks(item.body(), out);
    return out.toString().strip();
  }

  private static void appendBlocks(List<Block> blocks, StringBuilder out) {
    for (Block block : Blocks.flatten(blocks)) {
      Blocks.inlineRuns(block).forEach(run -> appendInlines(run, out.append(' ')));
      out.append('\n');
    }
  }

  private static void appendInlines(List<Inline> inlines, StringBuilder out) {
    for (Inline leaf : Inlines.leaves(inlines)) {
      if (leaf instanceof Inline.Text t) {
        out.append(t.text());
      } else {
        out.append(' '); // math, formula, code: a word boundary, no words
      }
    }
  }
}
