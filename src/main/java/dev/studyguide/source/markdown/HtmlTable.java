package dev.studyguide.source.markdown;

import dev.studyguide.model.Block;
import dev.studyguide.model.Inline;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * An HTML table as a model table: its caption, a header row (the {@code thead}'s first row, else a first row of
 * {@code th} cells only) and the other rows, each cell's content as inlines (a paragraph or list inside a cell
 * becomes lines). Rows of a table nested in a cell belong to that cell, not to this table. Spans are not kept: a
 * cell is one cell, as in a pipe table.
 */
final class HtmlTable {
  private HtmlTable() {}

  static Block.Table of(Element table, HtmlModel cells, int line) {
    List<Inline> caption = List.of();
    List<List<Inline>> header = List.of();
    List<List<List<Inline>>> rows = new ArrayList<>();
    for (Element part : table.children()) {
      String name = part.normalName();
      if (name.equals("caption")) {
        caption = cells.inlines(part);
      } else if (name.equals("tr")) {
        rows.add(row(part, cells));
      } else if (name.equals("thead") || name.equals("tbody") || name.equals("tfoot")) {
        for (Element tr : part.children()) {
          if (!tr.normalName().equals("tr")) {
            continue;
          }
          if (name.equals("thead") && header.isEmpty()) {
            header = row(tr, cells);
          } else {
            rows.add(row(tr, cells));
          }
        }
      }
    }
    if (header.isEmpty() && !rows.isEmpty() && allHeaderCells(table)) {
      header = rows.remove(0);
    }
    return new Block.Table(caption, header, rows, line);
  }

  private static List<List<Inline>> row(Element tr, HtmlModel cells) {
    List<List<Inline>> out = new ArrayList<>();
    for (Element cell : tr.children()) {
      if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
        out.add(cells.inlines(cell));
      }
    }
    return out;
  }

  /** Whether the table's first row is made only of {@code th} cells. */
  private static boolean allHeaderCells(Element table) {
    Element first = table.selectFirst("> tr, > tbody > tr, > thead > tr");
    return first != null && !first.children().isEmpty()
        && first.children().stream().allMatch(c -> c.normalName().equals("th"));
  }
}
