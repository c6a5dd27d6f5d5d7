package dev.studyguide.source.read;

import dev.studyguide.model.Block;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inline;
import dev.studyguide.model.Inlines;
import dev.studyguide.model.Item;
import dev.studyguide.model.ItemIds;
import dev.studyguide.model.ItemKind;
import dev.studyguide.model.Skipped;
import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceReading;
import dev.studyguide.model.SourceRef;
import dev.studyguide.source.markdown.Markdown;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The general reader ({@code format: markdown}): question collections as people write them in markdown. The
 * document is cut into its title, sections and questions by {@link MarkdownOutline}; each question becomes a
 * question item (prompt without its number, difficulty mark and citations; the citations as a "Source" line at
 * the head of its answer; nested questions as follow-ups), each section with text of its own a note (title the
 * heading, section path the headings around it). YAML front matter and the title with its introduction are
 * front matter; headings with nothing of their own are structure; rules and spacing at a part's end decoration.
 */
public final class MarkdownReader implements SourceReader {
  /** Bodies go through {@code Markdown}, which keeps GitHub's safe HTML and reports the rest. */
  @Override
  public boolean readsHtml() {
    return true;
  }

  private static final Pattern DECORATION = Pattern.compile(
      "(?i)^\\s*(?:(?:[-*_][ \\t]*){3,}|(?:<br\\s*/?>|<hr\\s*/?>|</?p>|</details>)+)\\s*$");

  /** Nested lists opened on one line ("- - x"): a few are a style, more are a broken or hostile file. */
  private static final int MAX_STACKED_MARKERS = 8;

  @Override
  public SourceReading read(SourceDocument document) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    Optional<FrontMatter> frontMatter = FrontMatter.of(document.lines());
    int firstLine = frontMatter.map(f -> f.lastLine() + 1).orElse(1);
    frontMatter.ifPresent(f -> skipped.add(new Skipped(1, f.lastLine(), Skipped.Reason.FRONT_MATTER)));
    List<OutlinePart> parts = MarkdownOutline.of(document.lines(), firstLine);
    int firstPart = parts.isEmpty() ? document.lines().size() + 1 : parts.get(0).from();
    skipRun(document, firstLine, firstPart - 1, Skipped.Reason.FRONT_MATTER, skipped);
    Labels labels = new Labels(document.file(), parts, diagnostics);
    List<Item> items = new ArrayList<>();
    String title = frontMatter.map(FrontMatter::title).orElse("");
    for (OutlinePart part : parts) {
      OutlinePart trimmed = part.endingAt(contentEnd(document, part, skipped));
      switch (trimmed.kind()) {
        case TITLE -> {
          skipped.add(new Skipped(trimmed.from(), trimmed.to(), Skipped.Reason.FRONT_MATTER));
          title = title.isEmpty() ? trimmed.question().text() : title;
        }
        case SECTION -> note(document, trimmed, labels, diagnostics).ifPresentOrElse(items::add,
            () -> skipped.add(new Skipped(trimmed.from(), trimmed.from(), Skipped.Reason.STRUCTURE)));
        case QUESTION -> items.add(question(document, trimmed, labels, diagnostics));
      }
    }
    diagnostics.addAll(noQuestions(document, items));
    diagnostics.addAll(stackedLists(document));
    skipped.sort((a, b) -> Integer.compare(a.fromLine(), b.fromLine()));
    return new SourceReading(titled(document, title), items, skipped, diagnostics);
  }

  private static List<Diagnostic> noQuestions(SourceDocument document, List<Item> items) {
    String hint = "write each question as a heading, a bold line, a list item or a Q:/A: pair that asks "
        + "(ends in '?'); or give this source its format in guide.yaml";
    int first = 1;
    while (first <= document.lines().size() && document.line(first).isBlank()) {
      first++;
    }
    if (first > document.lines().size() || items.stream().anyMatch(Item::isQuestion)) {
      return List.of();
    }
    if (items.isEmpty()) {
      return List.of(Diagnostic.warning(document.file(), first,
          "no questions or sections found; the text is shown only on the source's page", hint));
    }
    return List.of(Diagnostic.warning(document.file(), first, "no questions found; every section was read as a note",
        hint));
  }

  /** A list nested deeper than anyone writes on purpose, as markers stacked on one line; read as one item. */
  private static List<Diagnostic> stackedLists(SourceDocument document) {
    List<Diagnostic> out = new ArrayList<>();
    for (int n = 1; n <= document.lines().size(); n++) {
      int depth = MarkdownLine.stackedMarkers(document.line(n));
      if (depth > MAX_STACKED_MARKERS) {
        out.add(Diagnostic.warning(document.file(), n, String.format(java.util.Locale.ROOT,
            "a list nested %,d deep on one line; read as one item of its last words", depth),
            "write the item without the extra '- ' markers"));
      }
    }
    return out;
  }

  /** The title the document gives itself stands in for one guide.yaml does not give (the file name then). */
  private static SourceDocument titled(SourceDocument document, String title) {
    if (title.isBlank() || !document.title().equals(document.file())) {
      return document;
    }
    return new SourceDocument(document.file(), Inlines.plainText(Markdown.inlines(title, 1)), document.format(),
        document.lines());
  }

  private static Item question(SourceDocument document, OutlinePart part, Labels labels,
      List<Diagnostic> diagnostics) {
    String file = document.file();
    QuestionText text = part.question();
    String asked = part.context().isEmpty() ? text.text() : part.context() + " " + text.text();
    Markdown.Parsed<List<Inline>> prompt = Markdown.parseInlines(file, asked, part.promptFrom());
    diagnostics.addAll(prompt.diagnostics());
    List<List<Inline>> followUps = new ArrayList<>();
    Set<Integer> notAnswer = new HashSet<>();
    for (OutlinePart.FollowUp followUp : part.followUps()) {
      followUps.add(Markdown.inlines(followUp.question().text(), followUp.line()));
      notAnswer.add(followUp.line());
    }
    List<Block> body = new ArrayList<>();
    if (!text.sourceLinks().isEmpty()) {
      body.add(new Block.Paragraph(Markdown.inlines("Source: " + String.join(" ", text.sourceLinks()),
          part.promptFrom()), part.promptFrom()));
    }
    body.addAll(blocks(document, part.promptTo() + 1, part.to(), notAnswer, diagnostics));
    String label = labels.question(part);
    SourceRef source = new SourceRef(file, part.from(), part.to(), label);
    return new Item(ItemIds.of(ItemKind.QUESTION, file, label), ItemKind.QUESTION, "", part.sectionPath(),
        prompt.value(), followUps, body, source, text.difficulty());
  }

  private static Optional<Item> note(SourceDocument document, OutlinePart part, Labels labels,
      List<Diagnostic> diagnostics) {
    if (part.to() <= part.from()) {
      return Optional.empty();
    }
    String file = document.file();
    List<Block> body = blocks(document, part.from() + 1, part.to(), Set.of(), diagnostics);
    String title = Inlines.plainText(Markdown.inlines(part.question().text(), part.from()));
    String label = labels.note(part, title);
    return Optional.of(new Item(ItemIds.of(ItemKind.NOTE, file, label), ItemKind.NOTE, title, part.sectionPath(),
        List.of(), List.of(), body, new SourceRef(file, part.from(), part.to(), label)));
  }

  private static List<Block> blocks(SourceDocument document, int from, int to, Set<Integer> skip,
      List<Diagnostic> diagnostics) {
    if (to < from) {
      return List.of();
    }
    Markdown.Parsed<List<Block>> parsed = Markdown.parseBlocks(document.file(),
        AnswerLines.of(document.lines(), from, to, skip), from);
    diagnostics.addAll(parsed.diagnostics());
    return parsed.value();
  }

  /** The part's last line of content; blank and decoration lines after it are trimmed (decoration is skipped). */
  private static int contentEnd(SourceDocument document, OutlinePart part, List<Skipped> skipped) {
    int end = part.to();
    int keep = Math.max(part.from(), part.promptTo());
    while (end > keep && (document.line(end).isBlank() || DECORATION.matcher(document.line(end)).matches())) {
      if (!document.line(end).isBlank()) {
        skipped.add(new Skipped(end, end, Skipped.Reason.DECORATION));
      }
      end--;
    }
    return end;
  }

  /** Lines {@code from..to}, where non-blank, as one skipped span. */
  private static void skipRun(SourceDocument document, int from, int to, Skipped.Reason reason,
      List<Skipped> skipped) {
    Skipped.ofText(document, from, to, reason).ifPresent(skipped::add);
  }
}
