package dev.studyguide.bench;

import java.util.List;
import java.util.regex.Pattern;

/**
 * 004, a web lesson: a title and introduction, category headings each followed by one paragraph, and
 * {@code Qn: …} / {@code Answer: …} pairs with their bullets and worked lines; then "Key Takeaways" and the site
 * footer. A question runs to the next question or the next heading (a short title-case line without
 * punctuation); headings, their paragraphs and the closing part are frame.
 */
final class WebQaShape extends DocumentShape {
  private static final Pattern QUESTION = Pattern.compile("^(?<slot>Q\\d+)(?<rest>:.*)$");
  private static final Pattern HEADING = Pattern.compile("^[A-Z][A-Za-z&,' -]{1,40}$");

  @Override
  int unitEnd(List<String> lines, int i) {
    if (!QUESTION.matcher(lines.get(i)).matches()) {
      return -1;
    }
    int j = i + 1;
    while (j < lines.size() && !QUESTION.matcher(lines.get(j)).matches()
        && !HEADING.matcher(lines.get(j).strip()).matches()) {
      j++;
    }
    return lastNonBlank(lines, i, j);
  }

  @Override
  String renumber(String unitHeader, String slotHeader) {
    return splice(QUESTION, unitHeader, slotHeader);
  }
}
