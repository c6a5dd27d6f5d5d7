package dev.studyguide.source.read;

import dev.studyguide.model.Block;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inlines;
import dev.studyguide.model.Item;
import dev.studyguide.model.Skipped;
import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceReading;
import dev.studyguide.source.markdown.Markdown;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads markdown Q&A documents (001): a title, then numbered sections {@code ## N. Title} (some at
 * {@code ###}), each with a {@code **Question:**} and an {@code **Answer:**} part, often separated by
 * {@code ---} rules.
 *
 * <p>Each section becomes one question item: its title is the heading without the number, its prompt the
 * question text, its body the answer blocks, its line range the heading to the section's last line of
 * content. The label is the section number as {@code #N} ({@code #1} … {@code #30}): the document numbers its
 * questions and names them by nothing else. A repeated number is reported and labelled {@code #N (line L)} so
 * labels stay unique.
 *
 * <p>Everything before the first section is the document's front matter (its rules are decoration); rules
 * closing a section are decoration. Headings without a number inside a section stay in the answer as
 * sub-headings.
 */
public final class MarkdownQaReader implements SourceReader {
  private static final Pattern NUMBERED = Pattern.compile("(\\d+)[.)]\\s+(.+)");
  private static final Pattern RULE =
      Pattern.compile(" {0,3}(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})");

  @Override
  public boolean readsHtml() {
    return true; // every line goes through Markdown
  }

  @Override
  public SourceReading read(SourceDocument document) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    List<QaSection> sections = sections(document, Markdown.headings(document.lines(), 1), skipped, diagnostics);
    int firstSection = sections.isEmpty() ? document.lines().size() + 1 : sections.get(0).headingLine();
    if (sections.isEmpty() && !document.lines().isEmpty()) {
      diagnostics.add(Diagnostic.error(document.file(), 1, "no numbered sections found",
          "markdown-qa sources need headings like \"## 1. Title\"; is the format in guide.yaml right?"));
    }
    // Sections report their own problems when read; the front matter is parsed only to report its problems.
    diagnostics.addAll(Markdown.parseBlocks(document.file(), document.lines().subList(0, firstSection - 1), 1)
        .diagnostics());
    skipFrontMatter(document, firstSection - 1, skipped);
    List<Item> items = new ArrayList<>();
    for (QaSection section : sections) {
      items.add(section.read(document, diagnostics));
    }
    skipped.sort((a, b) -> Integer.compare(a.fromLine(), b.fromLine()));
    return new SourceReading(document, items, skipped, diagnostics);
  }

  /** The numbered top-level headings, each running to the next; trailing rules become decoration. */
  private static List<QaSection> sections(SourceDocument document, List<Block.Heading> allHeadings,
      List<Skipped> skipped, List<Diagnostic> diagnostics) {
    List<Block.Heading> headings = new ArrayList<>();
    List<Matcher> numbers = new ArrayList<>();
    for (Block.Heading heading : allHeadings) {
      Matcher m = NUMBERED.matcher(Inlines.plainText(heading.content()));
      if (m.matches()) {
        headings.add(heading);
        numbers.add(m);
      }
    }
    List<QaSection> sections = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < headings.size(); i++) {
      int from = headings.get(i).line();
      int limit = i + 1 < headings.size() ? headings.get(i + 1).line() - 1 : document.lines().size();
      int end = endOfContent(document, from, limit, skipped);
      String label = label(document.file(), numbers.get(i).group(1), from, labels, diagnostics);
      sections.add(new QaSection(label, numbers.get(i).group(2).strip(), from, end));
    }
    return sections;
  }

  private static String label(String file, String number, int line, Set<String> taken,
      List<Diagnostic> diagnostics) {
    String label = "#" + Integer.parseInt(number);
    if (!taken.add(label)) {
      diagnostics.add(Diagnostic.warning(file, line, "section number " + number + " is used twice",
          "renumber the sections; this one is labelled by its line"));
      label = label + " (line " + line + ")";
      taken.add(label);
    }
    return label;
  }

  /** The last line of a section's content, skipping blank lines and rules at its end (those are skipped). */
  private static int endOfContent(SourceDocument document, int from, int limit, List<Skipped> skipped) {
    int end = limit;
    while (end > from && (document.line(end).isBlank() || RULE.matcher(document.line(end)).matches())) {
      if (!document.line(end).isBlank()) {
        skipped.add(new Skipped(end, end, Skipped.Reason.DECORATION));
      }
      end--;
    }
    return end;
  }

  /** Lines {@code 1..to}: rules are decoration, the runs of text between them the title and introduction. */
  private static void skipFrontMatter(SourceDocument document, int to, List<Skipped> skipped) {
    int runStart = -1;
    int runEnd = -1;
    for (int line = 1; line <= to; line++) {
      String text = document.line(line);
      if (text.isBlank()) {
        continue;
      }
      if (RULE.matcher(text).matches()) {
        if (runStart > 0) {
          skipped.add(new Skipped(runStart, runEnd, Skipped.Reason.FRONT_MATTER));
          runStart = -1;
        }
        skipped.add(new Skipped(line, line, Skipped.Reason.DECORATION));
      } else {
        runStart = runStart > 0 ? runStart : line;
        runEnd = line;
      }
    }
    if (runStart > 0) {
      skipped.add(new Skipped(runStart, runEnd, Skipped.Reason.FRONT_MATTER));
    }
  }
}
