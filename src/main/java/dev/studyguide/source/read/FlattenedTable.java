package dev.studyguide.source.read;

import dev.studyguide.model.Block;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inline;
import dev.studyguide.source.repair.FlattenedCells;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A web table whose cells the text export glued together, one row per line, recovered into a
 * {@link Block.Table}. The header row is split at its strong boundaries ({@link FlattenedCells}) and gives
 * the column count; when some row shows more cells than the header by strong boundaries alone, the table has
 * a column of row labels whose header cell the page left blank ("Hard MarginSoft MarginKernel SVM" above
 * "Data requirementLinearly separable…"), and the header gains an empty first cell.
 */
final class FlattenedTable {

  /** What the recovery made of the lines, and the rows it could not split into the table's columns. */
  record Recovered(Block.Table table, List<Diagnostic> diagnostics) {}

  /** Words glued at a lowercase-to-capital boundary, and nothing else: "MeasureBest For". */
  private static final Pattern HEADER = Pattern.compile("[A-Za-z][A-Za-z &/]*[a-z][A-Z][A-Za-z &/]*");

  private FlattenedTable() {}

  /** Whether the line can head a flattened table: plain words with a glued boundary, or tab-separated cells. */
  static boolean isHeader(String line) {
    return HEADER.matcher(line.strip()).matches() || line.strip().contains("\t");
  }

  /**
   * @param lines the header line, then one line per row
   * @param firstLine the 1-based line number of the header
   */
  static Recovered recover(String file, List<String> lines, int firstLine) {
    List<String> header = new ArrayList<>(splitStrong(lines.get(0).strip()));
    List<String> rows = lines.subList(1, lines.size()).stream().map(String::strip).toList();
    boolean rowLabels = rows.stream().anyMatch(r -> splitStrong(r).size() > header.size());
    if (rowLabels) {
      header.add(0, "");
    }
    int columns = header.size();
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<List<List<Inline>>> cells = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = split(rows.get(i), columns);
      if (row.size() != columns) {
        diagnostics.add(Diagnostic.warning(file, firstLine + 1 + i,
            "table row splits into " + row.size() + " cells, the table has " + columns + " columns",
            "separate the row's cells with tabs in the source"));
      }
      cells.add(fit(row, columns).stream().map(FlattenedTable::cell).toList());
    }
    List<List<Inline>> head = header.stream().map(FlattenedTable::cell).toList();
    return new Recovered(new Block.Table(List.of(), head, cells, firstLine), diagnostics);
  }

  /** Every row as wide as the table: missing cells are empty, surplus text joins the last cell. */
  private static List<String> fit(List<String> row, int columns) {
    List<String> out = new ArrayList<>(row.subList(0, Math.min(row.size(), columns)));
    if (row.size() > columns) {
      out.set(columns - 1, String.join(" ", row.subList(columns - 1, row.size())));
    }
    while (out.size() < columns) {
      out.add("");
    }
    return out;
  }

  /** Tabs, where an export kept them, are the cells' own separators and win over any guess. */
  private static List<String> splitStrong(String row) {
    return row.contains("\t") ? tabbed(row) : FlattenedCells.splitStrong(row);
  }

  private static List<String> split(String row, int columns) {
    return row.contains("\t") ? tabbed(row) : FlattenedCells.split(row, columns);
  }

  private static List<String> tabbed(String row) {
    return List.of(row.split("\t", -1)).stream().map(String::strip).toList();
  }

  private static List<Inline> cell(String text) {
    return text.isEmpty() ? List.of() : FormulaSpotter.inlines(text);
  }
}
