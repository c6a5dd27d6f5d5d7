package dev.studyguide.bench;

import java.util.List;
import java.util.regex.Pattern;

/**
 * 003, a web cheat sheet flattened to text: after the site header and navigation line, sections that each
 * start with a two-digit number line ({@code 01}), then the section title, sub-headings, {@code •} bullets,
 * formulas and flattened tables. A section moves whole; its slot keeps the number.
 */
final class CheatSheetShape extends DocumentShape {
  private static final Pattern NUMBER = Pattern.compile("^\\d{2}$");

  @Override
  int unitEnd(List<String> lines, int i) {
    if (!NUMBER.matcher(lines.get(i)).matches()) {
      return -1;
    }
    int j = i + 1;
    while (j < lines.size() && !NUMBER.matcher(lines.get(j)).matches()) {
      j++;
    }
    return lastNonBlank(lines, i, j);
  }

  @Override
  String renumber(String unitHeader, String slotHeader) {
    return slotHeader;
  }
}
