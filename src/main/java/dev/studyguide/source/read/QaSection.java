package dev.studyguide.source.read;

import dev.studyguide.model.Block;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inline;
import dev.studyguide.model.Item;
import dev.studyguide.model.ItemIds;
import dev.studyguide.model.ItemKind;
import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceRef;
import dev.studyguide.source.markdown.Markdown;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One numbered section of a markdown Q&A document, from its heading to its last line of content: a
 * {@code **Question:**} part (the prompt) and an {@code **Answer:**} part (the body). Either marker may have its
 * text on the same line or below it.
 */
record QaSection(String label, String title, int headingLine, int endLine) {

  private static final Pattern QUESTION = marker("Question");
  private static final Pattern ANSWER = marker("Answer");

  /** {@code **Question:**} or {@code **Question**:}, and the text after it. */
  private static Pattern marker(String word) {
    return Pattern.compile("^ {0,3}\\*\\*" + word + "(?::\\*\\*|\\*\\*:)[ \\t]*(.*)$");
  }

  /** The section as a question item; what does not fit the expected shape is kept and reported. */
  Item read(SourceDocument document, List<Diagnostic> diagnostics) {
    String file = document.file();
    int question = find(document, QUESTION, headingLine + 1);
    int answer = find(document, ANSWER, question > 0 ? question + 1 : headingLine + 1);
    if (question < 0) {
      diagnostics.add(Diagnostic.warning(file, headingLine, "section " + label + " has no **Question:** line",
          "add one; the first paragraph under the heading is taken as the question"));
    }
    if (answer < 0) {
      diagnostics.add(Diagnostic.warning(file, headingLine, "section " + label + " has no **Answer:** line",
          "add one; everything after the question's first paragraph is taken as the answer"));
    }
    int promptFrom = question > 0 ? question : headingLine + 1;
    int promptTo = answer > 0 ? answer - 1 : endLine;
    List<Block> body = new ArrayList<>();
    if (question > headingLine + 1) {
      body.addAll(preamble(document, question - 1, diagnostics));
    }
    List<Block> questionBlocks = parse(document, promptFrom, promptTo, QUESTION, diagnostics);
    List<Inline> prompt = prompt(questionBlocks, answer > 0, file, diagnostics);
    int promptBlocks = startsWithParagraph(questionBlocks) ? 1 : 0;
    body.addAll(questionBlocks.subList(promptBlocks, questionBlocks.size()));
    if (answer > 0) {
      body.addAll(parse(document, answer, endLine, ANSWER, diagnostics));
    }
    SourceRef source = new SourceRef(file, headingLine, endLine, label);
    return new Item(ItemIds.of(ItemKind.QUESTION, file, label), ItemKind.QUESTION, title, List.of(), prompt,
        List.of(), body, source);
  }

  /**
   * The question's first paragraph; anything after it moves to the start of the answer, reported when an
   * answer marker was there to say where the question ends.
   */
  private List<Inline> prompt(List<Block> questionBlocks, boolean marked, String file,
      List<Diagnostic> diagnostics) {
    if (!startsWithParagraph(questionBlocks)) {
      diagnostics.add(Diagnostic.warning(file, headingLine, "section " + label + " has no question text",
          "write the question after **Question:**; the section title stands in for it"));
      return Markdown.inlines(title, headingLine);
    }
    if (marked && questionBlocks.size() > 1) {
      diagnostics.add(Diagnostic.warning(file, questionBlocks.get(1).line(),
          "the question of section " + label + " goes on past its first paragraph",
          "keep the question to one paragraph; the rest is shown at the start of the answer"));
    }
    return ((Block.Paragraph) questionBlocks.get(0)).content();
  }

  private static boolean startsWithParagraph(List<Block> blocks) {
    return !blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph;
  }

  /** Text between the heading and the question marker: kept at the start of the body, reported. */
  private List<Block> preamble(SourceDocument document, int to, List<Diagnostic> diagnostics) {
    List<Block> blocks = parse(document, headingLine + 1, to, null, diagnostics);
    if (!blocks.isEmpty()) {
      diagnostics.add(Diagnostic.warning(document.file(), blocks.get(0).line(),
          "text between the heading of section " + label + " and its **Question:** line",
          "move it into the question or the answer; it is shown at the start of the answer"));
    }
    return blocks;
  }

  /** Lines {@code from..to} as markdown, with the marker (if any) cut from the first line. */
  private static List<Block> parse(SourceDocument document, int from, int to, Pattern marker,
      List<Diagnostic> diagnostics) {
    if (to < from) {
      return List.of();
    }
    List<String> lines = new ArrayList<>(document.lines().subList(from - 1, to));
    if (marker != null) {
      Matcher m = marker.matcher(lines.get(0));
      if (m.matches()) {
        lines.set(0, m.group(1));
      }
    }
    Markdown.Parsed<List<Block>> parsed = Markdown.parseBlocks(document.file(), lines, from);
    diagnostics.addAll(parsed.diagnostics());
    return parsed.value();
  }

  /** The first line at or after {@code from} (up to this section's end) matching the marker, or -1. */
  private int find(SourceDocument document, Pattern marker, int from) {
    for (int line = from; line <= endLine; line++) {
      if (marker.matcher(document.line(line)).matches()) {
        return line;
      }
    }
    return -1;
  }
}
