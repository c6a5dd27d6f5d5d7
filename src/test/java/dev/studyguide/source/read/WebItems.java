package dev.studyguide.source.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Block;
import dev.studyguide.model.Inline;
import dev.studyguide.model.Inlines;
import dev.studyguide.model.Item;
import dev.studyguide.model.Skipped;
import dev.studyguide.model.SourceReading;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** What the web-reader specifications look at in a reading: formulas, tables, cells, line coverage. */
final class WebItems {
  private WebItems() {}

  static Item byLabel(SourceReading reading, String label) {
    return reading.items().stream().filter(i -> i.source().label().equals(label)).findFirst().orElseThrow();
  }

  /** Every inline formula of the item, in order: prompt, paragraphs, list entries, table cells. */
  static List<String> inlineFormulas(Item item) {
    List<String> out = new ArrayList<>();
    Consumer<List<Inline>> collect = inlines -> collectFormulas(inlines, out);
    collect.accept(item.prompt());
    eachInlines(item.body(), collect);
    return out;
  }

  static List<Block.FormulaBlock> displayFormulas(Item item) {
    return item.body().stream().filter(Block.FormulaBlock.class::isInstance).map(Block.FormulaBlock.class::cast)
        .toList();
  }

  static List<Block.Table> tables(Item item) {
    return item.body().stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast).toList();
  }

  /** The table's rows as the reader sees them, header first: each cell's plain text. */
  static List<List<String>> cells(Block.Table table) {
    List<List<String>> out = new ArrayList<>();
    out.add(table.header().stream().map(Inlines::plainText).toList());
    for (List<List<Inline>> row : table.rows()) {
      out.add(row.stream().map(Inlines::plainText).toList());
    }
    return out;
  }

  static void eachInlines(List<Block> blocks, Consumer<List<Inline>> action) {
    for (Block block : blocks) {
      if (block instanceof Block.Paragraph p) {
        action.accept(p.content());
      } else if (block instanceof Block.Heading h) {
        action.accept(h.content());
      } else if (block instanceof Block.ListBlock l) {
        l.items().forEach(entry -> eachInlines(entry.blocks(), action));
      } else if (block instanceof Block.Table t) {
        action.accept(t.caption());
        t.header().forEach(action);
        t.rows().forEach(row -> row.forEach(action));
      }
    }
  }

  private static void collectFormulas(List<Inline> inlines, List<String> out) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Formula f) {
        out.add(f.text());
      } else if (inline instanceof Inline.Styled s) {
        collectFormulas(s.children(), out);
      } else if (inline instanceof Inline.Link l) {
        collectFormulas(l.children(), out);
      }
    }
  }

  /** Each non-blank line lies in exactly one item or skipped span, or a diagnostic names it. */
  static void assertEveryLineAccountedOnce(SourceReading reading) {
    int size = reading.document().lines().size();
    int[] owners = new int[size + 1];
    for (Item item : reading.items()) {
      for (int line = item.source().fromLine(); line <= item.source().toLine(); line++) {
        owners[line]++;
      }
    }
    for (Skipped span : reading.skipped()) {
      for (int line = span.fromLine(); line <= span.toLine(); line++) {
        owners[line]++;
      }
    }
    List<String> problems = new ArrayList<>();
    for (int line = 1; line <= size; line++) {
      boolean blank = reading.document().line(line).isBlank();
      int at = line;
      boolean named = reading.diagnostics().stream().anyMatch(d -> d.line() == at);
      if (!blank && owners[line] == 0 && !named) {
        problems.add(line + " unaccounted: " + reading.document().line(line));
      }
      if (owners[line] > 1) {
        problems.add(line + " in " + owners[line] + " places");
      }
    }
    assertThat(problems).isEmpty();
  }
}
