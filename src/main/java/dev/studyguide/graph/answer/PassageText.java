package dev.studyguide.graph.answer;

import dev.studyguide.graph.ProseText;
import dev.studyguide.model.Block;
import dev.studyguide.model.Blocks;
import dev.studyguide.model.Inlines;
import dev.studyguide.model.Item;
import java.util.List;

/** The text views of passages that cutting and scoring need. */
final class PassageText {
  private PassageText() {}

  static String prompt(Item item) {
    return Inlines.plainText(item.prompt()).strip();
  }

  /** A block's own words as a reader sees them (a list's are its items'), TeX kept. */
  static String plain(Block block) {
    StringBuilder out = new StringBuilder();
    for (Block b : Blocks.flatten(List.of(block))) {
      Blocks.inlineRuns(b).forEach(run -> out.append(Inlines.plainText(run)).append(' '));
      if (b instanceof Block.MathBlock m) {
        out.append(m.tex()).append(' ');
      } else if (b instanceof Block.FormulaBlock f) {
        out.append(f.text()).append(' ');
      } else if (b instanceof Block.CodeBlock c) {
        out.append(c.code()).append(' ');
      }
    }
    return out.toString().strip();
  }

  /** How much there is to read, in characters of text and TeX. */
  static int size(List<Block> blocks) {
    return blocks.stream().mapToInt(b -> plain(b).length()).sum();
  }

  /** The words without math, for retrieval. */
  static String prose(List<Block> blocks) {
    return ProseText.ofBlocks(blocks);
  }

  static boolean hasMath(List<Block> blocks) {
    return Blocks.flatten(blocks).stream().anyMatch(b -> b instanceof Block.MathBlock
        || b instanceof Block.FormulaBlock
        || Blocks.inlineRuns(b).stream().anyMatch(run -> Inlines.leaves(run).stream()
            .anyMatch(l -> l instanceof dev.studyguide.model.Inline.Math || l instanceof dev.studyguide.model.Inline.Formula)));
  }
}
