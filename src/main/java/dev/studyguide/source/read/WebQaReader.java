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
import dev.studyguide.source.repair.TransposeRepair;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a web lesson of questions and answers (004): a title and introduction, category headings ("Linear
 * Algebra") each with an introductory paragraph, "Qn: …" questions each followed by "Answer: …" and more
 * paragraphs, "- " bullets and formula lines, and the site's name as footer.
 *
 * <p>Each question is a QUESTION labelled "Qn" with the category as section path and no title of its own.
 * A category's introduction is content, so it is a NOTE labelled and titled by the category (a category with
 * no introduction is STRUCTURE). The transpose the export wrote as {@code ¹} is restored first
 * ({@link TransposeRepair}); the document in the reading carries the repaired lines.
 */
public final class WebQaReader implements SourceReader {

  private static final Pattern QUESTION = Pattern.compile("^Q(\\d+):\\s*(.*)$");
  private static final Pattern ANSWER = Pattern.compile("^Answer:\\s*(.*)$");
  private static final String BULLET = "- ";
  private static final int MAX_HEADING_WORDS = 6;
  private static final Pattern SPACES = Pattern.compile("\\s+");

  @Override
  public SourceReading read(SourceDocument original) {
    SourceDocument document = new SourceDocument(original.file(), original.title(), original.format(),
        original.lines().stream().map(TransposeRepair::repair).toList());
    Reading reading = new Reading(document);
    int last = WebCheatSheetReader.lastNonBlank(document, 1, document.lines().size());
    if (last > 0 && isFooter(document, last)) {
      reading.skipped.add(new Skipped(last, last, Skipped.Reason.FOOTER));
      last--;
    }
    int body = reading.frontMatter(last);
    for (int line = body; line <= last; line++) {
      reading.line(line);
    }
    reading.close();
    reading.skipped.sort(Comparator.comparingInt(Skipped::fromLine));
    return new SourceReading(document, reading.items, reading.skipped, reading.diagnostics);
  }

  /** The site's name after the last answer: a heading-shaped last line with nothing under it. */
  private static boolean isFooter(SourceDocument document, int line) {
    return isCategory(document.line(line)) && WebCheatSheetReader.nextNonBlank(document, 1, line - 1) > 0;
  }

  static boolean isCategory(String line) {
    String text = line.strip();
    return HeadingShape.matches(text) && !QUESTION.matcher(text).matches() && !text.startsWith(BULLET)
        && SPACES.split(text).length <= MAX_HEADING_WORDS;
  }

  /** One item being read: its lines so far. */
  private static final class Open {
    final ItemKind kind;
    final String label;
    final String title;
    final String category;
    final List<Inline> prompt;
    final int from;
    final WebBody body = new WebBody();
    int last;
    boolean answered;

    Open(ItemKind kind, String label, String title, String category, List<Inline> prompt, int from) {
      this.kind = kind;
      this.label = label;
      this.title = title;
      this.category = category;
      this.prompt = prompt;
      this.from = from;
      this.last = from;
    }
  }

  /** The state of one reading: what has been made so far. */
  private static final class Reading {
    final SourceDocument document;
    final List<Item> items = new ArrayList<>();
    final List<Skipped> skipped = new ArrayList<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final Set<String> labels = new HashSet<>();
    String category = "";
    Open open;

    Reading(SourceDocument document) {
      this.document = document;
    }

    /** Title and introduction up to the first category or question; returns the first line after them. */
    int frontMatter(int last) {
      int first = WebCheatSheetReader.nextNonBlank(document, 1, last);
      if (first < 0) {
        return last + 1;
      }
      int line = first + 1;
      while (line <= last && !isCategory(document.line(line))
          && !QUESTION.matcher(document.line(line).strip()).matches()) {
        line++;
      }
      skipped.add(new Skipped(first, WebCheatSheetReader.lastNonBlank(document, first, line - 1),
          Skipped.Reason.FRONT_MATTER));
      return line;
    }

    void line(int line) {
      String text = document.line(line).strip();
      Matcher question = QUESTION.matcher(text);
      if (text.isEmpty()) {
        if (open != null) {
          open.body.endList();
        }
      } else if (question.matches()) {
        close();
        open = new Open(ItemKind.QUESTION, "Q" + question.group(1), "", category,
            FormulaSpotter.inlines(question.group(2)), line);
      } else if (isCategory(text)) {
        close();
        category = text;
        open = new Open(ItemKind.NOTE, text, text, text, List.of(), line);
      } else if (open != null) {
        content(text, line);
      }
    }

    private void content(String text, int line) {
      if (open.kind == ItemKind.QUESTION && !open.answered) {
        open.answered = true;
        Matcher answer = ANSWER.matcher(text);
        if (answer.matches()) {
          text = answer.group(1);
        } else {
          diagnostics.add(Diagnostic.warning(document.file(), line, open.label + " has no 'Answer:' line",
              "start the answer with 'Answer: '; the lines are read as the answer anyway"));
        }
      }
      if (text.startsWith(BULLET)) {
        open.body.entry(text.substring(BULLET.length()), line);
      } else if (!text.isEmpty()) {
        open.body.block(ProseLine.block(text, line));
      }
      open.last = line;
    }

    void close() {
      if (open == null) {
        return;
      }
      Open item = open;
      open = null;
      if (item.kind == ItemKind.NOTE && item.body.isEmpty()) {
        skipped.add(new Skipped(item.from, item.from, Skipped.Reason.STRUCTURE));
        return;
      }
      if (item.kind == ItemKind.QUESTION && item.body.isEmpty()) {
        diagnostics.add(Diagnostic.warning(document.file(), item.from, item.label + " has no answer",
            "add 'Answer: …' under the question"));
      }
      String label = uniqueLabel(item);
      List<String> path = item.category.isEmpty() ? List.of() : List.of(item.category);
      items.add(new Item(ItemIds.of(item.kind, document.file(), label), item.kind, item.title, path,
          item.prompt, List.of(), item.body.build(), new SourceRef(document.file(), item.from, item.last, label)));
    }

    private String uniqueLabel(Open item) {
      if (labels.add(item.label)) {
        return item.label;
      }
      String label = item.label + " (line " + item.from + ")";
      labels.add(label);
      diagnostics.add(Diagnostic.warning(document.file(), item.from, "label " + item.label + " is used twice",
          "renumber the questions; this one is labelled by its line until then"));
      return label;
    }
  }
}
