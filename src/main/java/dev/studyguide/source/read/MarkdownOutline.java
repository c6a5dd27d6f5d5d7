package dev.studyguide.source.read;

import dev.studyguide.source.read.MarkdownLine.Kind;
import dev.studyguide.model.Inlines;
import dev.studyguide.source.markdown.Markdown;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a markdown document into its title, sections and questions, one pass over the lines. A question starts at
 * a heading, a bold paragraph, a list item, a {@code Q:} marker or a {@code <summary>} that asks (see
 * {@link QuestionText#asks}), and its answer runs to the next start or heading of the same or a higher level.
 * A heading that does not ask starts a section (a note, or only structure when nothing but headings and
 * questions follow it).
 *
 * <p>Nested questions in lists: under a question they are its follow-ups (the parent asks, the children ask
 * more of the same). Under a sentence that does not ask ("9. Assume you manage an unreliable file store …" with
 * "1. [M] What's the probability …" beneath), each child is a question of its own and the sentence is carried into
 * its prompt, because "What's the probability that a file is lost?" means nothing without it and a study card
 * shows one question alone. List items inside the answer of a heading, bold or Q/A question are the answer's
 * content, never questions: answers are full of lists.
 */
final class MarkdownOutline {
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
  private static final Pattern DISPLAY_MATH = Pattern.compile("^\\s*\\$\\$\\s*$");

  private final List<String> lines;
  private final List<OutlinePart> parts = new ArrayList<>();
  private final Deque<Section> sections = new ArrayDeque<>();
  private final boolean[] numberedLevelAsks = new boolean[7];
  private final boolean[] verbatim;
  private final int titleLine;
  /** Per line of a list item: its list mostly asks (see {@link #countAskingLists}). */
  private final boolean[] askingList;
  /** Per line of a numbered list item: its number as markdown shows it (start plus position: "1. 1. 1." is 1, 2, 3). */
  private final int[] ordinal;
  private Open current;
  private Context context;

  private record Section(int level, String text) {}

  /** A sentence nested questions depend on, at {@code line} with its marker at {@code indent}. */
  private record Context(String text, String number, int line, int indent, boolean claimed) {}

  /** The part being read; closed when the next one starts. */
  private static final class Open {
    OutlinePart.Kind kind;
    int from;
    int promptFrom;
    int promptTo;
    int level;
    int indent = -1;
    QuestionText question;
    String context = "";
    List<OutlinePart.FollowUp> followUps = new ArrayList<>();
    List<String> sectionPath;
  }

  private MarkdownOutline(List<String> lines, int firstLine) {
    this.lines = lines;
    this.verbatim = verbatimLines();
    this.titleLine = titleLine(firstLine);
    this.askingList = new boolean[lines.size() + 2];
    this.ordinal = new int[lines.size() + 2];
  }

  /** The parts of {@code lines} from the 1-based {@code firstLine} on, in order; lines before the first are none's. */
  static List<OutlinePart> of(List<String> lines, int firstLine) {
    MarkdownOutline outline = new MarkdownOutline(lines, firstLine);
    outline.read(firstLine);
    return outline.parts;
  }

  private void read(int firstLine) {
    countNumberedHeadings(firstLine);
    countAskingLists(firstLine);
    for (int n = firstLine; n <= lines.size(); n++) {
      if (verbatim[n]) {
        continue;
      }
      MarkdownLine line = MarkdownLine.of(lines.get(n - 1));
      switch (line.kind()) {
        case HEADING -> heading(n, line);
        case QUESTION_MARKER -> pair(n, line);
        case DETAILS -> details(n, line);
        case BOLD -> bold(n, line);
        case LIST_ITEM -> listItem(n, line);
        default -> { }
      }
    }
    close(lines.size());
  }

  private void heading(int n, MarkdownLine line) {
    context = null;
    QuestionText text = QuestionText.of(line.text());
    if (n == titleLine) {
      start(OutlinePart.Kind.TITLE, n, n, text, line.level());
      return;
    }
    boolean asks = text.asks() || text.numbered() && numberedLevelAsks[line.level()];
    if (!asks && current != null && current.kind == OutlinePart.Kind.QUESTION && current.level < line.level()) {
      return; // a sub-heading of the answer
    }
    while (!sections.isEmpty() && sections.peek().level() >= line.level()) {
      sections.pop();
    }
    if (asks) {
      start(OutlinePart.Kind.QUESTION, n, n, text, line.level());
    } else {
      start(OutlinePart.Kind.SECTION, n, n, text, line.level());
      sections.push(new Section(line.level(), Inlines.plainText(Markdown.inlines(text.text(), n))));
    }
  }

  /** {@code Q:} text, maybe on the lines below, up to a blank line or the {@code A:} marker. */
  private void pair(int n, MarkdownLine line) {
    String raw = lines.get(n - 1).strip();
    if (!line.text().isBlank() && (raw.startsWith("**") && raw.endsWith("**") || raw.startsWith("__")
        && raw.endsWith("__"))) {
      // "**Q: What is X?**": the bold closes the question; the answer may follow on the next line.
      String text = line.text().substring(0, line.text().length() - 2);
      start(OutlinePart.Kind.QUESTION, n, n, QuestionText.of(text), innerLevel());
      return;
    }
    int promptFrom = line.text().isBlank() ? nextNonBlank(n + 1) : n;
    int promptTo = promptFrom;
    while (promptTo < lines.size() && !lines.get(promptTo).isBlank()
        && MarkdownLine.of(lines.get(promptTo)).kind() == Kind.OTHER) {
      promptTo++;
    }
    StringBuilder text = new StringBuilder(line.text());
    for (int k = Math.max(promptFrom, n + 1); k <= promptTo; k++) {
      text.append(' ').append(lines.get(k - 1).strip());
    }
    start(OutlinePart.Kind.QUESTION, n, promptTo, QuestionText.of(text.toString()), innerLevel());
    current.promptFrom = Math.min(promptFrom, promptTo);
  }

  /** A {@code <details>} whose summary asks is a question, its answer folded away; any other is content. */
  private void details(int n, MarkdownLine line) {
    int summaryLine = n;
    String summary = line.text();
    if (summary.isEmpty()) {
      summaryLine = nextNonBlank(n + 1);
      var m = MarkdownLine.SUMMARY.matcher(summaryLine <= lines.size() ? lines.get(summaryLine - 1) : "");
      summary = m.matches() ? m.group(1) : "";
    }
    QuestionText text = QuestionText.of(summary);
    if (!summary.isBlank() && text.asks()) {
      start(OutlinePart.Kind.QUESTION, n, summaryLine, text, innerLevel());
      current.promptFrom = summaryLine;
    }
  }

  private void bold(int n, MarkdownLine line) {
    QuestionText text = QuestionText.of(line.text() + " " + line.tail());
    boolean wholeLine = QuestionText.of(line.tail()).text().isEmpty();
    if (wholeLine && text.asks()) {
      context = null;
      start(OutlinePart.Kind.QUESTION, n, n, text, innerLevel());
    }
  }

  private void listItem(int n, MarkdownLine line) {
    QuestionText text = QuestionText.of(line.text());
    if (text.numbered() && ordinal[n] > 0) {
      text = new QuestionText(text.text(), Integer.toString(ordinal[n]), text.difficulty(), text.sourceLinks(),
          text.labelled());
    }
    boolean marked = !text.difficulty().isEmpty() || text.labelled();
    if (current != null && current.kind == OutlinePart.Kind.QUESTION && current.indent < 0 && !marked) {
      return; // the answer's own list; only a mark that questions alone carry ("[M]", "Q3.") starts one in it
    }
    if (context != null && line.indent() <= context.indent()) {
      context = null;
    }
    boolean asks = askingList[n] && (text.asks() || text.numbered() && !nestedQuestionFollows(n, line.indent()));
    boolean inListQuestion = current != null && current.kind == OutlinePart.Kind.QUESTION && current.indent >= 0;
    if (inListQuestion && line.indent() > current.indent && context == null) {
      if (asks) {
        current.followUps.add(new OutlinePart.FollowUp(n, text));
      }
      return;
    }
    if (asks) {
      int promptTo = promptEnd(n, line.indent());
      text = withContinuation(text, n, promptTo);
      int from = n;
      if (context != null && !context.claimed()) {
        from = context.line();
        context = new Context(context.text(), context.number(), context.line(), context.indent(), true);
      }
      if (context != null && text.numbered() && !context.number().isEmpty()) {
        // "9. Assume …" then "1. [M] What's …": the child is 9.1, as the reader would cite it.
        text = new QuestionText(text.text(), context.number() + "." + text.number(), text.difficulty(),
            text.sourceLinks(), text.labelled());
      }
      start(OutlinePart.Kind.QUESTION, from, promptTo, text, innerLevel());
      current.promptFrom = n;
      current.indent = line.indent();
      current.context = context == null ? "" : context.text();
    } else if (nestedQuestionFollows(n, line.indent())) {
      context = new Context(contextText(n, line), text.number(), n, line.indent(), false);
      if (inListQuestion) {
        close(n - 1);
        current = null;
      }
    }
  }

  /**
   * The last line of a list question's text: the item's line and the lines that continue its paragraph
   * (indented past its marker, up to a blank line, a nested item, a formula block or an answer marker).
   */
  private int promptEnd(int n, int indent) {
    int k = n;
    while (k < lines.size() && !verbatim[k + 1] && !lines.get(k).isBlank()) {
      String next = lines.get(k);
      if (MarkdownLine.of(next).kind() != Kind.OTHER || DISPLAY_MATH.matcher(next).matches()
          || MarkdownLine.columns(next.substring(0, next.length() - next.stripLeading().length())) <= indent) {
        break;
      }
      k++;
    }
    return k;
  }

  private QuestionText withContinuation(QuestionText text, int n, int promptTo) {
    if (promptTo == n) {
      return text;
    }
    StringBuilder joined = new StringBuilder(text.text());
    for (int k = n + 1; k <= promptTo; k++) {
      joined.append(' ').append(lines.get(k - 1).strip());
    }
    return new QuestionText(joined.toString(), text.number(), text.difficulty(), text.sourceLinks(), text.labelled());
  }

  /** Whether the next item below line {@code n} is nested deeper than {@code indent} and asks. */
  private boolean nestedQuestionFollows(int n, int indent) {
    for (int k = n + 1; k <= lines.size(); k++) {
      MarkdownLine next = MarkdownLine.of(lines.get(k - 1));
      if (next.kind() == Kind.LIST_ITEM) {
        return next.indent() > indent && QuestionText.of(next.text()).asks();
      }
      if (next.kind() != Kind.OTHER) {
        return false;
      }
    }
    return false;
  }

  /** The context item's text with its continuation lines, up to the first nested item. */
  private String contextText(int n, MarkdownLine line) {
    StringBuilder text = new StringBuilder(QuestionText.of(line.text()).text());
    for (int k = n + 1; k <= lines.size() && MarkdownLine.of(lines.get(k - 1)).kind() == Kind.OTHER; k++) {
      if (!lines.get(k - 1).isBlank()) {
        text.append(' ').append(lines.get(k - 1).strip());
      }
    }
    return text.toString();
  }

  private void start(OutlinePart.Kind kind, int from, int promptTo, QuestionText text, int level) {
    close(from - 1);
    current = new Open();
    current.kind = kind;
    current.from = from;
    current.promptFrom = from;
    current.promptTo = promptTo;
    current.question = text;
    current.level = level;
    List<String> path = new ArrayList<>(sections.stream().map(Section::text).toList());
    Collections.reverse(path); // the deque holds the innermost first
    current.sectionPath = path;
  }

  private void close(int to) {
    if (current != null) {
      parts.add(new OutlinePart(current.kind, current.from, Math.max(to, current.promptTo), current.promptFrom,
          current.promptTo, current.question, current.context, current.followUps, current.sectionPath,
          current.indent));
      current = null;
    }
  }

  /** A question that is not a heading sits one level under the section it is in. */
  private int innerLevel() {
    return sections.isEmpty() ? (titleLine > 0 ? 2 : 1) : sections.peek().level() + 1;
  }

  private int nextNonBlank(int from) {
    int k = from;
    while (k <= lines.size() && lines.get(k - 1).isBlank()) {
      k++;
    }
    return Math.min(k, lines.size());
  }

  /**
   * A document's title: its first line, when that is a level-1 heading and the only one (several level-1
   * headings are the document's sections). 0 when there is none.
   */
  private int titleLine(int firstLine) {
    int first = firstLine;
    while (first <= lines.size() && lines.get(first - 1).isBlank()) {
      first++;
    }
    if (first > lines.size()) {
      return 0;
    }
    MarkdownLine line = MarkdownLine.of(lines.get(first - 1));
    if (line.kind() != Kind.HEADING || line.level() != 1 || QuestionText.of(line.text()).asks()) {
      return 0;
    }
    for (int n = first + 1; n <= lines.size(); n++) {
      if (!verbatim[n] && lines.get(n - 1).startsWith("# ")) {
        return 0;
      }
    }
    return first;
  }

  /**
   * Numbered headings at a level where most numbered headings ask are all questions: in a list of
   * "#### 17) Implement SQRT(x)…", "#### 18) Reverse a bitstring." the numbering is what makes each a question.
   */
  private void countNumberedHeadings(int firstLine) {
    int[] numbered = new int[7];
    int[] asking = new int[7];
    for (int n = firstLine; n <= lines.size(); n++) {
      if (verbatim[n] || lines.get(n - 1).indexOf('#') < 0) {
        continue;
      }
      MarkdownLine line = MarkdownLine.of(lines.get(n - 1));
      if (line.kind() == Kind.HEADING) {
        QuestionText text = QuestionText.of(line.text());
        if (text.numbered()) {
          numbered[line.level()]++;
          asking[line.level()] += text.asks() ? 1 : 0;
        }
      }
    }
    for (int level = 1; level <= 6; level++) {
      numberedLevelAsks[level] = numbered[level] >= 3 && asking[level] * 5 >= numbered[level] * 3;
    }
  }

  /**
   * A list whose items mostly ask is a list of questions; in one that mostly does not (a legend, a reading list,
   * "Do you know the answer? Please send a PR" among notices) no item is a question. A list here is a run of
   * items at one indent, ended by a heading or by a line of text at or left of its markers; an item with nested
   * questions under it counts as asking (it is their context).
   */
  private void countAskingLists(int firstLine) {
    record Run(List<Integer> items, int[] asking) {}
    java.util.TreeMap<Integer, Run> open = new java.util.TreeMap<>();
    List<Run> all = new ArrayList<>();
    for (int n = firstLine; n <= lines.size(); n++) {
      String text = lines.get(n - 1);
      if (verbatim[n] || text.isBlank()) {
        continue;
      }
      MarkdownLine line = MarkdownLine.of(text);
      if (line.kind() == Kind.LIST_ITEM) {
        open.tailMap(line.indent(), false).clear();
        Run run = open.computeIfAbsent(line.indent(), indent -> {
          Run fresh = new Run(new ArrayList<>(), new int[1]);
          all.add(fresh);
          return fresh;
        });
        run.items().add(n);
        QuestionText question = QuestionText.of(line.text());
        run.asking()[0] += question.asks() || nestedQuestionFollows(n, line.indent()) ? 1 : 0;
      } else {
        int indent = line.kind() == Kind.HEADING ? 0
            : MarkdownLine.columns(text.substring(0, text.length() - text.stripLeading().length()));
        open.tailMap(indent, true).clear();
      }
    }
    for (Run run : all) {
      boolean asks = run.asking()[0] * 5 >= run.items().size() * 3;
      run.items().forEach(n -> askingList[n] = asks);
      String start = QuestionText.of(MarkdownLine.of(lines.get(run.items().get(0) - 1)).text()).number();
      for (int k = 0; k < run.items().size() && !start.isEmpty(); k++) {
        ordinal[run.items().get(k)] = Integer.parseInt(start) + k;
      }
    }
  }

  /** Lines inside fenced code or a {@code $$} block (1-based; index 0 unused): never questions or headings. */
  private boolean[] verbatimLines() {
    boolean[] verbatim = new boolean[lines.size() + 2];
    String fence = null;
    boolean math = false;
    for (int n = 1; n <= lines.size(); n++) {
      String line = lines.get(n - 1);
      if (fence != null) {
        verbatim[n] = true;
        char mark = fence.charAt(0);
        if (line.strip().startsWith(fence) && line.strip().chars().allMatch(c -> c == mark)) {
          fence = null;
        }
      } else if (math) {
        verbatim[n] = true;
        math = !DISPLAY_MATH.matcher(line).matches();
      } else {
        var m = FENCE.matcher(line);
        if (m.matches()) {
          fence = m.group(1);
          verbatim[n] = true;
        } else if (DISPLAY_MATH.matcher(line).matches()) {
          math = true;
          verbatim[n] = true;
        }
      }
    }
    return verbatim;
  }
}
