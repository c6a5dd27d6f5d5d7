package dev.studyguide.bench;

import java.util.List;
import java.util.regex.Pattern;

/**
 * 000, a chat transcript: {@code ### **N. …**} questions with their marker lines ({@code **Follow-ups:**},
 * {@code **Question:**}, {@code **Follow-up Questions:**}) and lists; bold one-line questions {@code - **…**}.
 * Everything else (greetings, offers, group headings, rules) is frame. Topic-style questions (with
 * {@code **Question:**}) and plain ones keep to their own slots, so both numberings, and the restart between
 * them, stay as in the real transcript; one-liners move only within their own list.
 */
final class ChatShape extends DocumentShape {
  private static final Pattern HEADING = Pattern.compile("^(?<slot>#{3,6}\\s+\\*\\*\\d+)(?<rest>\\.\\s.*)$");
  private static final Pattern ONE_LINER = Pattern.compile("^\\s*[-*+]\\s+\\*\\*(?:(?!\\*\\*).)+\\*\\*\\s*$");
  private static final Pattern MARKER =
      Pattern.compile("^\\*\\*(?:Follow-?ups?(?: Questions)?|Question):\\*\\*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern QUESTION_MARKER = Pattern.compile("^\\*\\*Question:\\*\\*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+\\S.*$");

  @Override
  int unitEnd(List<String> lines, int i) {
    String line = lines.get(i);
    if (ONE_LINER.matcher(line).matches()) {
      return i;
    }
    if (!HEADING.matcher(line).matches()) {
      return -1;
    }
    int last = i;
    for (int j = i + 1; j < lines.size(); j++) {
      String text = lines.get(j);
      if (text.isBlank()) {
        continue;
      }
      if (!MARKER.matcher(text.strip()).matches() && !LIST_ITEM.matcher(text).matches()) {
        break;
      }
      last = j;
    }
    return last;
  }

  @Override
  String kind(List<String> lines, int from, int to) {
    if (ONE_LINER.matcher(lines.get(from)).matches()) {
      int start = from;
      while (start > 0 && ONE_LINER.matcher(lines.get(start - 1)).matches()) {
        start--;
      }
      return "one-liner list at line " + (start + 1);
    }
    boolean topicStyle = lines.subList(from, to + 1).stream()
        .anyMatch(l -> QUESTION_MARKER.matcher(l.strip()).matches());
    return topicStyle ? "topic question" : "question";
  }

  @Override
  String renumber(String unitHeader, String slotHeader) {
    return HEADING.matcher(slotHeader).matches() ? splice(HEADING, unitHeader, slotHeader) : unitHeader;
  }
}
