package dev.studyguide.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 002, a study sheet exported from PDF: a table of contents ({@code 1.2<TAB>Title<TAB>page}), then the same
 * numbered headings ({@code 1.2 Title}) with their text. A heading is a line the contents list, so numbered
 * lists in the text are never mistaken for one. Sections (depth 2 and deeper) move between slots of the same
 * depth, headings without text only between such slots; chapters stay. The contents are rewritten to the titles
 * that ended up in each slot, pages unchanged.
 */
final class StudySheetShape extends DocumentShape {
  private static final Pattern TOC_LINE = Pattern.compile("^(?<num>\\d+(?:\\.\\d+)*)\\t(?<title>.+)\\t(?<page>\\d+)$");
  private static final Pattern HEADING = Pattern.compile("^(?<slot>\\d+(?:\\.\\d+)*)(?<rest> .+)$");
  private static final Pattern CAPTION = Pattern.compile("^Table \\d+[:.]\\s*(.+)$");

  private final Set<String> headings = new HashSet<>();

  @Override
  Layout cut(List<String> lines) {
    for (String line : lines) {
      Matcher toc = TOC_LINE.matcher(line);
      if (toc.matches()) {
        headings.add(toc.group("num") + " " + toc.group("title"));
      }
    }
    return super.cut(lines);
  }

  @Override
  int unitEnd(List<String> lines, int i) {
    if (!headings.contains(lines.get(i)) || depth(lines.get(i)) < 2 || floatedTableAbove(lines, i) >= 0) {
      return -1;
    }
    int j = i + 1;
    while (j < lines.size() && !headings.contains(lines.get(j))) {
      j++;
    }
    int floated = floatedTableAbove(lines, j);
    return lastNonBlank(lines, i, floated >= 0 ? floated : j);
  }

  /**
   * The first line of a table that LaTeX floated above its own section: tab-separated rows and a caption
   * ({@code Table 1: Common Conjugate Priors}) naming the heading on line {@code heading}, which follows it.
   * The table, its caption and that section stay in the frame, together; -1 when there is no such table.
   */
  private int floatedTableAbove(List<String> lines, int heading) {
    if (heading >= lines.size() || !headings.contains(lines.get(heading))) {
      return -1;
    }
    int caption = previousNonBlank(lines, heading);
    Matcher m = caption < 0 ? null : CAPTION.matcher(lines.get(caption));
    String title = lines.get(heading).substring(lines.get(heading).indexOf(' ') + 1);
    if (m == null || !m.matches() || !m.group(1).strip().equals(title.strip())) {
      return -1;
    }
    int start = caption;
    for (int row = previousNonBlank(lines, caption); row >= 0 && lines.get(row).contains("\t"); row--) {
      start = row;
    }
    return start;
  }

  private static int previousNonBlank(List<String> lines, int from) {
    int k = from - 1;
    while (k >= 0 && lines.get(k).isBlank()) {
      k--;
    }
    return k;
  }

  /** A heading with no text of its own (a parent of subsections, a caption's empty twin) stays text-less. */
  @Override
  String kind(List<String> lines, int from, int to) {
    return "depth " + depth(lines.get(from)) + (to == from ? ", heading only" : "");
  }

  private static int depth(String heading) {
    return heading.substring(0, heading.indexOf(' ')).split("\\.").length;
  }

  @Override
  String renumber(String unitHeader, String slotHeader) {
    return splice(HEADING, unitHeader, slotHeader);
  }

  @Override
  List<String> finish(List<String> lines, Map<String, String> placedHeaderBySlotHeader) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      Matcher toc = TOC_LINE.matcher(line);
      String placed = toc.matches() ? placedHeaderBySlotHeader.get(toc.group("num") + " " + toc.group("title")) : null;
      if (placed == null) {
        out.add(line);
      } else {
        String title = placed.substring(toc.group("num").length() + 1);
        out.add(toc.group("num") + "\t" + title + "\t" + toc.group("page"));
      }
    }
    return out;
  }
}
