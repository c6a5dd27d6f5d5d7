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
 * depth; chapters stay. The contents are rewritten to the titles that ended up in each slot, pages unchanged.
 */
final class StudySheetShape extends DocumentShape {
  private static final Pattern TOC_LINE = Pattern.compile("^(?<num>\\d+(?:\\.\\d+)*)\\t(?<title>.+)\\t(?<page>\\d+)$");
  private static final Pattern HEADING = Pattern.compile("^(?<slot>\\d+(?:\\.\\d+)*)(?<rest> .+)$");

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
    if (!headings.contains(lines.get(i)) || depth(lines.get(i)) < 2) {
      return -1;
    }
    int j = i + 1;
    while (j < lines.size() && !headings.contains(lines.get(j))) {
      j++;
    }
    return lastNonBlank(lines, i, j);
  }

  @Override
  String kind(List<String> lines, int from, int to) {
    return "depth " + depth(lines.get(from));
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
