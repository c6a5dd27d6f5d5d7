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
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a study sheet exported from PDF (002): a title and introduction, a table of contents, then numbered
 * sections of paragraphs, lists, TeX and tables.
 *
 * <p>Only lines the table of contents lists are section headings ({@link SectionHeadings}). Each body section with
 * text of its own becomes a note labelled with its number, its enclosing sections' titles as the section path, its
 * line range from the heading to its last line. A heading that only groups subsections is STRUCTURE; the table of
 * contents and everything above it are skipped as such. A section with neither text nor subsections is reported.
 * The text is cut into units ({@link SheetTokenizer}), nested into blocks ({@link SectionBlocks}) and its prose read
 * with its TeX ({@link ProseInlines}).
 */
public final class PdfStudySheetReader implements SourceReader {
  private static final Pattern CAPTION_PREFIX = Pattern.compile("^Table \\d+[:.]\\s*");

  /** A body section: its heading, its lines up to the next heading, and what they hold. */
  private record Section(SectionHeadings.Heading heading, int fromLine, SheetTokenizer.Result content) {
    TableOfContents.Entry entry() {
      return heading.entry();
    }

    int lastLine() {
      int last = fromLine;
      for (SheetUnit unit : content.units()) {
        last = Math.max(last, unit.lastLine());
      }
      for (int stray : content.strayPunctuation()) {
        last = Math.max(last, stray);
      }
      return Math.max(last, heading.line());
    }
  }

  /** A sheet of notes: a reading without questions is what it should give. */
  @Override
  public boolean readsQuestions() {
    return false;
  }

  @Override
  public SourceReading read(SourceDocument document) {
    String file = document.file();
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    if (document.lines().isEmpty()) {
      return new SourceReading(document, List.of(), List.of(), List.of());
    }
    TableOfContents toc = TableOfContents.find(document).orElse(null);
    if (toc == null) {
      diagnostics.add(Diagnostic.error(file, 0, "no table of contents: section headings cannot be told from text",
          "keep the exported \"Contents\" list (number TAB title TAB page) at the top of the sheet"));
      return new SourceReading(document, List.of(), List.of(), diagnostics);
    }
    addIfText(document, 1, toc.fromLine() - 1, Skipped.Reason.FRONT_MATTER, skipped);
    skipped.add(new Skipped(toc.fromLine(), toc.toLine(), Skipped.Reason.TABLE_OF_CONTENTS));
    List<SectionHeadings.Heading> headings = SectionHeadings.locate(document, toc, diagnostics);
    int bodyStart = headings.isEmpty() ? document.lines().size() + 1 : headings.get(0).line();
    if (addIfText(document, toc.toLine() + 1, bodyStart - 1, Skipped.Reason.FRONT_MATTER, skipped)) {
      diagnostics.add(Diagnostic.warning(file, toc.toLine() + 1,
          "text between the table of contents and the first section is not read as a note",
          "move it into a section, or leave it if it only introduces the sheet"));
    }
    List<Section> sections = attachFloatedTables(sections(document, headings));
    List<Item> items = new ArrayList<>();
    ProseInlines inlines = new ProseInlines(file, diagnostics);
    Map<String, String> titles = new HashMap<>();
    toc.entries().forEach(e -> titles.putIfAbsent(e.number(), e.title()));
    for (int k = 0; k < sections.size(); k++) {
      Section section = sections.get(k);
      section.content().strayPunctuation()
          .forEach(line -> skipped.add(new Skipped(line, line, Skipped.Reason.DECORATION)));
      if (!section.content().units().isEmpty()) {
        items.add(note(file, section, sectionPath(section.entry(), titles), inlines));
      } else if (k + 1 < sections.size() && section.entry().encloses(sections.get(k + 1).entry())) {
        skipped.add(new Skipped(section.heading().line(), section.heading().line(), Skipped.Reason.STRUCTURE));
      } else {
        diagnostics.add(Diagnostic.warning(file, section.heading().line(),
            "section " + section.entry().number() + " \"" + section.entry().title() + "\" has no content",
            "the export lost its text (perhaps a figure); add the text to the sheet or remove the heading"));
      }
    }
    return new SourceReading(document, items, skipped, diagnostics);
  }

  private static List<Section> sections(SourceDocument document, List<SectionHeadings.Heading> headings) {
    List<Section> sections = new ArrayList<>();
    for (int k = 0; k < headings.size(); k++) {
      SectionHeadings.Heading heading = headings.get(k);
      int end = k + 1 < headings.size() ? headings.get(k + 1).line() - 1 : document.lines().size();
      sections.add(new Section(heading, heading.line(), SheetTokenizer.tokenize(document, heading.line() + 1, end)));
    }
    return sections;
  }

  /**
   * LaTeX floats a table to where it fits, which can be above its own section's heading: 002's "Table 1: Common
   * Conjugate Priors" closes section 1.2 and section 1.3 "Common Conjugate Priors" is left empty. A captioned
   * table that ends a section, followed by a section with no content whose title is the caption, is moved into
   * that section, whose line range then starts at the table.
   */
  private static List<Section> attachFloatedTables(List<Section> sections) {
    List<Section> out = new ArrayList<>(sections);
    for (int k = 1; k < out.size(); k++) {
      Section empty = out.get(k);
      Section above = out.get(k - 1);
      List<SheetUnit> units = above.content().units();
      if (!empty.content().units().isEmpty() || units.isEmpty()
          || !(units.get(units.size() - 1) instanceof SheetUnit.TableRows table)
          || !captionNames(table.caption(), empty.entry().title())) {
        continue;
      }
      List<SheetUnit> kept = units.subList(0, units.size() - 1);
      out.set(k - 1, new Section(above.heading(), above.fromLine(),
          new SheetTokenizer.Result(kept, above.content().strayPunctuation())));
      out.set(k, new Section(empty.heading(), table.line(),
          new SheetTokenizer.Result(List.of(table), empty.content().strayPunctuation())));
    }
    return out;
  }

  private static boolean captionNames(String caption, String title) {
    String named = CAPTION_PREFIX.matcher(caption).replaceFirst("").strip();
    return !named.isEmpty() && named.toLowerCase(Locale.ROOT).equals(title.strip().toLowerCase(Locale.ROOT));
  }

  private static Item note(String file, Section section, List<String> path, ProseInlines inlines) {
    TableOfContents.Entry entry = section.entry();
    List<Block> body = SectionBlocks.of(section.content().units(), inlines);
    SourceRef source = new SourceRef(file, Math.min(section.fromLine(), section.heading().line()),
        section.lastLine(), entry.number());
    return new Item(ItemIds.of(ItemKind.NOTE, file, entry.number()), ItemKind.NOTE, entry.title(), path,
        List.of(), List.of(), body, source);
  }

  /** Titles of the sections enclosing {@code entry}, outermost first. */
  private static List<String> sectionPath(TableOfContents.Entry entry, Map<String, String> titles) {
    List<String> path = new ArrayList<>();
    for (String number = entry.parentNumber(); !number.isEmpty();
        number = number.contains(".") ? number.substring(0, number.lastIndexOf('.')) : "") {
      String title = titles.get(number);
      if (title != null) {
        path.add(0, title);
      }
    }
    return path;
  }

  /** Skips the non-blank stretch of lines {@code from..to}, if there is one; says whether there was. */
  private static boolean addIfText(SourceDocument document, int from, int to, Skipped.Reason reason,
      List<Skipped> skipped) {
    Optional<Skipped> span = Skipped.ofText(document, from, to, reason);
    span.ifPresent(skipped::add);
    return span.isPresent();
  }
}
