package dev.studyguide.source.read;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inline;
import dev.studyguide.model.Inlines;
import dev.studyguide.model.SourceDocument;
import dev.studyguide.source.markdown.Markdown;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One numbered question of a chat transcript, from its heading through its last follow-up.
 *
 * <p>Two shapes occur. Mostly the heading is the question: {@code ### **4. Explain the KL divergence.**} then
 * {@code **Follow-ups:**} and a bullet list. Later transcripts make the heading a topic and put the question under
 * {@code **Question:**}, with follow-ups under {@code **Follow-up Questions:**} as a numbered list; then the
 * heading becomes the item's title.
 *
 * @param number the question's number as written
 * @param title the topic heading when the question sits under {@code **Question:**}; empty otherwise
 * @param prompt the question
 * @param followUps follow-up questions in source order, literal repeats dropped
 * @param lastLine the last line that belongs to the question
 * @param diagnostics what the markdown layer found wrong in the question's text (an unclosed formula)
 */
record ChatQuestionBlock(int number, String title, List<Inline> prompt, List<List<Inline>> followUps, int lastLine,
    List<Diagnostic> diagnostics) {

  ChatQuestionBlock {
    prompt = List.copyOf(prompt);
    followUps = List.copyOf(followUps);
    diagnostics = List.copyOf(diagnostics);
  }

  static final Pattern HEADING = Pattern.compile("^#{3,6}\\s+(.*?)\\s*$");
  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,6})\\.\\s+(.+)$");
  private static final Pattern QUESTION_LABEL = Pattern.compile("^\\*\\*Question:\\*\\*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern FOLLOW_UPS_LABEL =
      Pattern.compile("^\\*\\*Follow-?ups?( questions)?:\\*\\*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+(.+?)\\s*$");

  private enum Part { NONE, QUESTION, FOLLOW_UPS }

  /** The question whose heading is on {@code headingLine}, or empty when the heading carries no number. */
  static Optional<ChatQuestionBlock> read(SourceDocument document, int headingLine) {
    Matcher heading = HEADING.matcher(document.line(headingLine));
    Matcher numbered = heading.matches() ? NUMBERED.matcher(withoutBoldWrapper(heading.group(1))) : null;
    if (numbered == null || !numbered.matches()) {
      return Optional.empty();
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Inline> headingText = inlines(document, numbered.group(2), headingLine, diagnostics);
    List<Inline> asked = new ArrayList<>();
    Map<String, List<Inline>> followUps = new LinkedHashMap<>();
    int last = headingLine;
    Part part = Part.NONE;
    for (int line = headingLine + 1; line <= document.lines().size(); line++) {
      String text = document.line(line);
      Matcher item = LIST_ITEM.matcher(text);
      if (text.isBlank()) {
        continue;
      } else if (QUESTION_LABEL.matcher(text.strip()).matches()) {
        part = Part.QUESTION;
      } else if (FOLLOW_UPS_LABEL.matcher(text.strip()).matches()) {
        part = Part.FOLLOW_UPS;
      } else if (part == Part.QUESTION && item.matches()) {
        appendSentence(asked, inlines(document, item.group(1), line, diagnostics));
      } else if (part == Part.FOLLOW_UPS && item.matches()) {
        followUps.putIfAbsent(item.group(1), inlines(document, item.group(1), line, diagnostics));
      } else {
        break;
      }
      last = line;
    }
    int number = Integer.parseInt(numbered.group(1));
    List<List<Inline>> asList = List.copyOf(followUps.values());
    return Optional.of(asked.isEmpty()
        ? new ChatQuestionBlock(number, "", headingText, asList, last, diagnostics)
        : new ChatQuestionBlock(number, Inlines.plainText(headingText), asked, asList, last, diagnostics));
  }

  /** One line of the transcript's inline markdown; its warnings go to {@code diagnostics}. */
  static List<Inline> inlines(SourceDocument document, String text, int line, List<Diagnostic> diagnostics) {
    Markdown.Parsed<List<Inline>> parsed = Markdown.parseInlines(document.file(), text, line);
    diagnostics.addAll(parsed.diagnostics());
    return parsed.value();
  }

  /**
   * Chat headings wrap the whole text in bold, number included. The wrapper is the heading's styling, not the
   * author's emphasis, so it goes before parsing: the prompt is then plain text with only its inner terms
   * ({@code **gradient descent**}) strong, instead of one bold run with those terms nested inside it.
   */
  static String withoutBoldWrapper(String text) {
    String stripped = text.strip();
    if (stripped.length() > 4 && stripped.startsWith("**") && stripped.endsWith("**")) {
      return stripped.substring(2, stripped.length() - 2).strip();
    }
    return stripped;
  }

  private static void appendSentence(List<Inline> prompt, List<Inline> sentence) {
    if (!prompt.isEmpty()) {
      prompt.add(new Inline.Text(" "));
    }
    prompt.addAll(sentence);
  }
}
