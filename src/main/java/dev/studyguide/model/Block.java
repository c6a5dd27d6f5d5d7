package dev.studyguide.model;

import java.io.Serializable;
import java.util.List;

/** A block of an item's body. Every block knows the 1-based source line it starts on. */
public sealed interface Block extends Serializable {

  int line();

  record Paragraph(List<Inline> content, int line) implements Block {
    public Paragraph {
      content = List.copyOf(content);
    }
  }

  /** A heading inside an item (a note's sub-heading such as 003's "Elementary Row Operations"). */
  record Heading(List<Inline> content, int line) implements Block {
    public Heading {
      content = List.copyOf(content);
    }
  }

  record ListBlock(boolean ordered, List<ListItem> items, int line) implements Block {
    public ListBlock {
      items = List.copyOf(items);
    }
  }

  /** One list entry: its own blocks (usually one paragraph, maybe a nested list). */
  record ListItem(List<Block> blocks) implements Serializable {
    public ListItem {
      blocks = List.copyOf(blocks);
    }
  }

  /** Display TeX without its {@code $$} delimiters, byte-exact. */
  record MathBlock(String tex, int line) implements Block {}

  /** A display formula in Unicode/ASCII notation (003, 004), rendered as math-styled text. */
  record FormulaBlock(String text, int line) implements Block {}

  /** A table; the header row may be empty. Cells are inline content. */
  record Table(List<Inline> caption, List<List<Inline>> header, List<List<List<Inline>>> rows, int line)
      implements Block {
    public Table {
      caption = List.copyOf(caption);
      header = header.stream().map(List::copyOf).toList();
      rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
    }
  }

  record CodeBlock(String language, String code, int line) implements Block {}

  /**
   * A disclosure ({@code <details><summary>…</summary>…</details>}): a summary line and the blocks it hides, such
   * as a question and its answer.
   */
  record Details(List<Inline> summary, List<Block> blocks, int line) implements Block {
    public Details {
      summary = List.copyOf(summary);
      blocks = List.copyOf(blocks);
    }
  }
}
