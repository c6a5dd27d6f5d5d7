package dev.studyguide.source.read;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inline;
import dev.studyguide.model.Item;
import dev.studyguide.model.ItemIds;
import dev.studyguide.model.ItemKind;
import dev.studyguide.model.Skipped;
import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceReading;
import dev.studyguide.model.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a chat transcript of interview questions (000): numbered {@code ### **N. …**} questions with follow-up
 * lists, {@code ##} group headings, one-line questions in bold bullets, and the assistant's filler around them.
 *
 * <p>Labels: {@code #N} for numbered questions. When the numbering starts again (a number not above the previous
 * one), later questions are {@code Part 2 #N}, {@code Part 3 #N}, …, so labels stay unique and still name the
 * number printed in the source. A bold one-line question is labelled by its group heading's short name and its
 * position in that group: {@code Bonus 1} under "Bonus: If You Want to Flex Math Muscles" (the words before the
 * colon), {@code Harder 3} under "Want to Go Harder?" (the last word, when there is no colon).
 *
 * <p>A {@code ##} heading groups questions (STRUCTURE; its text becomes the section path) when a numbered
 * question follows it directly or a one-line question comes before the next heading; otherwise it is a chat
 * heading such as "Next Steps?" and, like the rest of the filler ({@link ChatterRules}), CHATTER. Rules and lines
 * without a letter or digit are DECORATION. Anything else is reported, never dropped.
 */
public final class ChatQuestionsReader implements SourceReader {

  @Override
  public SourceReading read(SourceDocument document) {
    return new Pass(document).run();
  }

  /** One reading of one document, left to right, with the context the transcript has built up so far. */
  private static final class Pass {
    private static final Pattern GROUP_HEADING = Pattern.compile("^#{1,2}\\s+(.*?)\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s*([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+.*$");
    private static final Pattern ONE_LINER = Pattern.compile("^\\s*[-*+]\\s+\\*\\*((?:(?!\\*\\*).)+)\\*\\*\\s*$");
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[^\\p{L}\\p{N}]+");

    private final SourceDocument document;
    private final String file;
    private final List<Item> items = new ArrayList<>();
    private final ChatSkippedSpans skipped;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, Integer> oneLinersPerGroup = new HashMap<>();

    private List<String> sectionPath = List.of();
    private String groupName = "";
    private boolean inChatHeading;
    private boolean inOffer;
    private int part = 1;
    private int lastNumber;

    Pass(SourceDocument document) {
      this.document = document;
      this.file = document.file();
      this.skipped = new ChatSkippedSpans(document);
    }

    SourceReading run() {
      int line = 1;
      while (line <= document.lines().size()) {
        line = step(line);
      }
      return new SourceReading(document, items, skipped.spans(), diagnostics);
    }

    /** Reads what starts on {@code line} and returns the next line to read. */
    private int step(int line) {
      String text = document.line(line);
      if (text.isBlank()) {
        return line + 1;
      }
      boolean wasOffer = inOffer;
      inOffer = false;
      Matcher group = GROUP_HEADING.matcher(text);
      if (ChatQuestionBlock.HEADING.matcher(text).matches()) {
        return numberedQuestion(line);
      } else if (RULE.matcher(text).matches() || !WORDS.matcher(text).find()) {
        skipped.add(line, Skipped.Reason.DECORATION);
      } else if (group.matches()) {
        groupHeading(line, group.group(1));
      } else if (BULLET.matcher(text).matches()) {
        inOffer = wasOffer;
        bullet(line);
      } else {
        prose(line);
      }
      return line + 1;
    }

    private int numberedQuestion(int line) {
      Optional<ChatQuestionBlock> read = ChatQuestionBlock.read(document, line);
      if (read.isEmpty()) {
        diagnostics.add(Diagnostic.warning(file, line, "heading is not a numbered question",
            "write questions as '### **N. …**', or use '##' for a heading that groups them"));
        return line + 1;
      }
      ChatQuestionBlock question = read.get();
      diagnostics.addAll(question.diagnostics());
      String label = numberLabel(question.number(), line);
      items.add(new Item(ItemIds.of(ItemKind.QUESTION, file, label), ItemKind.QUESTION, question.title(),
          sectionPath, question.prompt(), question.followUps(), List.of(),
          new SourceRef(file, line, question.lastLine(), label)));
      return question.lastLine() + 1;
    }

    /** {@code #N}, or {@code Part k #N} once the numbering has started again k - 1 times. */
    private String numberLabel(int number, int line) {
      int expected = lastNumber + 1;
      if (lastNumber > 0 && number <= lastNumber) {
        part++;
        expected = 1;
      }
      if (number != expected) {
        diagnostics.add(Diagnostic.warning(file, line,
            "question " + number + " follows question " + lastNumber + "; expected " + expected,
            "check the transcript for a missing or misnumbered question"));
      }
      lastNumber = number;
      return part == 1 ? "#" + number : "Part " + part + " #" + number;
    }

    private void groupHeading(int line, String heading) {
      String title = LEADING_SYMBOLS.matcher(ChatQuestionBlock.withoutBoldWrapper(heading)).replaceFirst("");
      inChatHeading = !introducesQuestions(line);
      sectionPath = inChatHeading ? List.of() : List.of(title);
      groupName = inChatHeading ? "" : shortName(title);
      skipped.add(line, inChatHeading ? Skipped.Reason.CHATTER : Skipped.Reason.STRUCTURE);
    }

    /** A numbered question right after the heading, or a one-line question before the next heading. */
    private boolean introducesQuestions(int headingLine) {
      boolean first = true;
      for (int line = headingLine + 1; line <= document.lines().size(); line++) {
        String text = document.line(line);
        if (text.isBlank() || RULE.matcher(text).matches()) {
          continue;
        }
        if (text.startsWith("#")) {
          return first && ChatQuestionBlock.read(document, line).isPresent();
        }
        if (ONE_LINER.matcher(text).matches()) {
          return true;
        }
        first = false;
      }
      return false;
    }

    /** "Bonus" for "Bonus: If You Want to Flex Math Muscles", "Harder" for "Want to Go Harder?". */
    private static String shortName(String title) {
      int colon = title.indexOf(':');
      String words = colon > 0 ? title.substring(0, colon) : title;
      String[] split = words.replaceAll("[^\\p{L}\\p{N}\\s-]", "").strip().split("\\s+");
      return colon > 0 ? words.strip() : split[split.length - 1];
    }

    private void bullet(int line) {
      Matcher oneLiner = ONE_LINER.matcher(document.line(line));
      if (oneLiner.matches() && !inChatHeading) {
        String group = groupName.isEmpty() ? "Extra" : groupName;
        int position = oneLinersPerGroup.merge(group, 1, Integer::sum);
        String label = group + " " + position;
        List<Inline> prompt = ChatQuestionBlock.inlines(document, oneLiner.group(1).strip(), line, diagnostics);
        items.add(new Item(ItemIds.of(ItemKind.QUESTION, file, label), ItemKind.QUESTION, "", sectionPath, prompt,
            List.of(), List.of(), new SourceRef(file, line, line, label)));
      } else if (inOffer) {
        skipped.add(line, Skipped.Reason.CHATTER);
      } else {
        diagnostics.add(Diagnostic.warning(file, line, "list item outside any question",
            "make it a bold one-line question ('- **…**'), or put it under a numbered question's follow-ups"));
      }
    }

    private void prose(int line) {
      String text = document.line(line);
      if (ChatterRules.match(text).isPresent()) {
        skipped.add(line, Skipped.Reason.CHATTER);
        inOffer = ChatterRules.announcesList(text);
      } else {
        diagnostics.add(Diagnostic.warning(file, line, "line is neither a question nor recognised chat filler",
            "if it is filler, add its pattern to ChatterRules; if it is a question, write it as '### **N. …**'"));
      }
    }
  }
}
