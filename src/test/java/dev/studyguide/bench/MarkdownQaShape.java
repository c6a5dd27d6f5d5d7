package dev.studyguide.bench;

import java.util.List;
import java.util.regex.Pattern;

/**
 * 001, markdown Q&A: sections {@code ## N. Title} (some {@code ###}) with {@code **Question:**} and
 * {@code **Answer:**} parts and TeX math, up to the next section or {@code ---} rule. A slot keeps its heading
 * level and number; the section brings its title, question and answer.
 */
final class MarkdownQaShape extends DocumentShape {
  private static final Pattern HEADING = Pattern.compile("^(?<slot>#{2,3}\\s+\\d+)(?<rest>\\.\\s+\\S.*)$");
  private static final Pattern RULE =
      Pattern.compile("^ {0,3}(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})$");

  @Override
  int unitEnd(List<String> lines, int i) {
    if (!HEADING.matcher(lines.get(i)).matches()) {
      return -1;
    }
    int j = i + 1;
    while (j < lines.size() && !HEADING.matcher(lines.get(j)).matches() && !RULE.matcher(lines.get(j)).matches()) {
      j++;
    }
    return lastNonBlank(lines, i, j);
  }

  @Override
  String renumber(String unitHeader, String slotHeader) {
    return splice(HEADING, unitHeader, slotHeader);
  }
}
