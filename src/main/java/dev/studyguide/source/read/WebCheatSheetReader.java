package dev.studyguide.source.read;

import dev.studyguide.model.Block;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Item;
import dev.studyguide.model.ItemIds;
import dev.studyguide.model.ItemKind;
import dev.studyguide.model.Skipped;
import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceReading;
import dev.studyguide.model.SourceRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a web cheat sheet flattened to text (003): a page header, a navigation bar, then sections numbered
 * "01" … "12", each a number line, a title line, and sub-headed blocks of bullets, formulas and tables.
 *
 * <p>Each sub-heading becomes one NOTE, so that topics attach to "Elementary Row Operations" rather than to
 * all of "Linear Systems & Matrices". Its label joins the section number and the sub-heading
 * ("03 · Key Distance Measures"), its title is the sub-heading, its section path the numbered section title
 * ("03 · Distance & Similarity Measures"). Lines above the first section are the page's header (FRONT_MATTER)
 * and, right above "01", its navigation bar (FOOTER, the reason for a site's navigation); number and title
 * lines are STRUCTURE.
 */
public final class WebCheatSheetReader implements SourceReader {

  private static final Pattern SECTION_NUMBER = Pattern.compile("\\d{2}");
  private static final String BULLET = "•";
  private static final String DRAWN_MATRIX = "⎡⎢⎣⎤⎥⎦";
  static final String SEPARATOR = " · ";

  /** A sheet of notes: a reading without questions is what it should give. */
  @Override
  public boolean readsQuestions() {
    return false;
  }

  @Override
  public SourceReading read(SourceDocument document) {
    Reading reading = new Reading(document);
    List<Integer> sections = sectionLines(document);
    if (sections.isEmpty()) {
      reading.diagnostics.add(Diagnostic.error(document.file(), 0, "no numbered sections found",
          "a web cheat sheet has sections that start with a line such as '01' and a title line"));
    } else {
      reading.frontMatter(sections.get(0) - 1);
      for (int k = 0; k < sections.size(); k++) {
        int end = k + 1 < sections.size() ? sections.get(k + 1) - 1 : document.lines().size();
        reading.section(sections.get(k), end);
      }
    }
    return new SourceReading(document, reading.items, reading.skipped, reading.diagnostics);
  }

  /** Lines holding only a two-digit section number, followed by a title. */
  private static List<Integer> sectionLines(SourceDocument document) {
    List<Integer> out = new ArrayList<>();
    for (int line = 1; line <= document.lines().size(); line++) {
      if (SECTION_NUMBER.matcher(document.line(line).strip()).matches()
          && nextNonBlank(document, line + 1, document.lines().size()) > 0) {
        out.add(line);
      }
    }
    return out;
  }

  static int nextNonBlank(SourceDocument document, int from, int to) {
    for (int line = from; line <= to; line++) {
      if (!document.line(line).isBlank()) {
        return line;
      }
    }
    return -1;
  }

  static int lastNonBlank(SourceDocument document, int from, int to) {
    for (int line = to; line >= from; line--) {
      if (!document.line(line).isBlank()) {
        return line;
      }
    }
    return -1;
  }

  /** The state of one reading: what has been made so far. */
  private static final class Reading {
    final SourceDocument document;
    final List<Item> items = new ArrayList<>();
    final List<Skipped> skipped = new ArrayList<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final Set<String> labels = new HashSet<>();

    Reading(SourceDocument document) {
      this.document = document;
    }

    void frontMatter(int last) {
      int nav = lastNonBlank(document, 1, last);
      int first = nextNonBlank(document, 1, last);
      if (nav < 0) {
        return;
      }
      if (first == nav) {
        skipped.add(new Skipped(first, first, Skipped.Reason.FRONT_MATTER));
        return;
      }
      skipped.add(new Skipped(first, lastNonBlank(document, first, nav - 1), Skipped.Reason.FRONT_MATTER));
      skipped.add(new Skipped(nav, nav, Skipped.Reason.FOOTER));
    }

    void section(int numberLine, int end) {
      int titleLine = nextNonBlank(document, numberLine + 1, end);
      if (titleLine < 0) {
        skipped.add(new Skipped(numberLine, numberLine, Skipped.Reason.STRUCTURE));
        diagnostics.add(Diagnostic.warning(document.file(), numberLine, "section number without a title",
            "put the section's title on the line after its number"));
        return;
      }
      String title = document.line(titleLine).strip();
      String section = document.line(numberLine).strip() + SEPARATOR + title;
      skipped.add(new Skipped(numberLine, titleLine, Skipped.Reason.STRUCTURE));
      List<Integer> headings = new ArrayList<>();
      for (int line = titleLine + 1; line <= end; line++) {
        if (isSubHeading(line, end)) {
          headings.add(line);
        }
      }
      int introEnd = headings.isEmpty() ? end : headings.get(0) - 1;
      int introLast = lastNonBlank(document, titleLine + 1, introEnd);
      if (introLast > 0) {
        int introFirst = nextNonBlank(document, titleLine + 1, introEnd);
        note(section, title, section, introFirst, introFirst, introLast);
      }
      String number = document.line(numberLine).strip();
      for (int k = 0; k < headings.size(); k++) {
        int from = headings.get(k);
        int to = k + 1 < headings.size() ? headings.get(k + 1) - 1 : end;
        String heading = document.line(from).strip();
        int last = Math.max(from, lastNonBlank(document, from, to));
        note(number + SEPARATOR + heading, heading, section, from, from + 1, last);
      }
    }

    /** A heading-shaped line standing alone between blank lines. */
    boolean isSubHeading(int line, int end) {
      String text = document.line(line);
      return !text.isBlank()
          && document.line(line - 1).isBlank()
          && (line == end || document.line(line + 1).isBlank())
          && !text.strip().startsWith(BULLET)
          && HeadingShape.matches(text);
    }

    void note(String label, String title, String section, int from, int bodyFrom, int to) {
      String unique = label;
      if (!labels.add(unique)) {
        unique = label + " (line " + from + ")";
        labels.add(unique);
        diagnostics.add(Diagnostic.warning(document.file(), from, "sub-heading '" + label + "' repeats in its section",
            "rename one of them; the second is labelled by its line until then"));
      }
      List<Block> body = body(bodyFrom, to);
      items.add(new Item(ItemIds.of(ItemKind.NOTE, document.file(), unique), ItemKind.NOTE, title,
          List.of(section), List.of(), List.of(), body, new SourceRef(document.file(), from, to, unique)));
    }

    List<Block> body(int from, int to) {
      WebBody body = new WebBody();
      boolean numberedList = false;
      int line = from;
      while (line <= to) {
        String text = document.line(line).strip();
        if (text.isEmpty()) {
          body.endList();
          line++;
        } else if (text.startsWith(BULLET) || WebBody.isNumbered(text)) {
          boolean numbered = !text.startsWith(BULLET);
          if (numbered != numberedList) {
            body.endList();
            numberedList = numbered;
          }
          body.entry(numbered ? text : text.substring(BULLET.length()), line);
          line++;
        } else if (FlattenedTable.isHeader(text) && line < to && isTableRow(line + 1)) {
          line = table(body, line, to);
        } else if (isDrawnMatrix(text)) {
          line = drawnMatrix(body, line, to);
        } else {
          body.block(ProseLine.block(text, line));
          line++;
        }
      }
      return body.build();
    }

    boolean isTableRow(int line) {
      String text = document.line(line).strip();
      return !text.isEmpty() && !text.startsWith(BULLET);
    }

    /** The table from its header line to the last row before a blank line; returns the line after it. */
    int table(WebBody body, int header, int to) {
      int last = header + 1;
      while (last + 1 <= to && isTableRow(last + 1)) {
        last++;
      }
      FlattenedTable.Recovered recovered =
          FlattenedTable.recover(document.file(), document.lines().subList(header - 1, last), header);
      body.block(recovered.table());
      diagnostics.addAll(recovered.diagnostics());
      return last + 1;
    }

    /** "⎡…⎤ / J = ⎢ ⋮ ⎥ / ⎣…⎦": one formula over several lines, kept line by line. */
    int drawnMatrix(WebBody body, int first, int to) {
      int last = first;
      while (last + 1 <= to && isDrawnMatrix(document.line(last + 1))) {
        last++;
      }
      List<String> rows = document.lines().subList(first - 1, last).stream().map(String::strip).toList();
      body.block(new Block.FormulaBlock(String.join("\n", rows), first));
      return last + 1;
    }

    static boolean isDrawnMatrix(String text) {
      return text.chars().anyMatch(c -> DRAWN_MATRIX.indexOf(c) >= 0);
    }
  }
}
