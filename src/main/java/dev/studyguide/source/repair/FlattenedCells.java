package dev.studyguide.source.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a table row whose cells a web page's text export glued together ("EuclideanContinuous numerical
 * attributes") back into cells. Cells start with a capital, so a capital glued to what came before marks a
 * cell boundary:
 * <ul>
 *   <li>strong: a capital right after a lowercase letter, a closing bracket or a superscript
 *       ("Measure|Best For", "(penalized)|Allowed", "LLᵀ|Symmetric"); always a boundary;
 *   <li>weak, tried one rule at a time, in this order, only while the row has fewer cells than the table has
 *       columns: an optimisation operator glued on ("Objective|min ½‖w‖²"), an equation glued to a name
 *       ("SVD|A = UΣVᵀ"), the end of an acronym before a word ("GD|All n samples"), and an acronym before a
 *       number ("SGD|1 sample").
 * </ul>
 */
public final class FlattenedCells {

  private static final Pattern STRONG =
      Pattern.compile("(?<=[a-z)\\]\\u1D2C-\\u1D6A\\u2070-\\u209F²³¹])(?=[A-Z])");

  private static final List<Pattern> WEAK = List.of(
      Pattern.compile("(?<=\\S)(?=(?:min|max) )"),
      Pattern.compile("(?<=\\p{L})(?=[A-Z] = )"),
      Pattern.compile("(?<=[A-Z])(?=[A-Z][a-z])"),
      Pattern.compile("(?<=[A-Z])(?=\\d)"));

  private FlattenedCells() {}

  /** Cells at strong boundaries only: how a header row is split, and how many cells a row shows by itself. */
  public static List<String> splitStrong(String row) {
    TreeSet<Integer> cuts = new TreeSet<>();
    addCuts(STRONG, row, cuts);
    return cut(row, cuts);
  }

  /** Cells for a table with {@code columns} columns; the result may still differ in size when no rule fits. */
  public static List<String> split(String row, int columns) {
    TreeSet<Integer> cuts = new TreeSet<>();
    addCuts(STRONG, row, cuts);
    for (Pattern weak : WEAK) {
      if (cuts.size() + 1 >= columns) {
        break;
      }
      addCuts(weak, row, cuts);
    }
    return cut(row, cuts);
  }

  private static void addCuts(Pattern boundary, String row, TreeSet<Integer> cuts) {
    Matcher m = boundary.matcher(row);
    while (m.find()) {
      if (m.start() > 0 && m.start() < row.length()) {
        cuts.add(m.start());
      }
    }
  }

  private static List<String> cut(String row, TreeSet<Integer> cuts) {
    List<String> cells = new ArrayList<>();
    int from = 0;
    for (int at : cuts) {
      cells.add(row.substring(from, at).strip());
      from = at;
    }
    cells.add(row.substring(from).strip());
    return cells;
  }
}
