package dev.studyguide.source.markdown;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.studyguide.model.Block;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Markdown as people write it, read into model blocks and inlines with flexmark (CommonMark plus GFM pipe
 * tables) and a math extension that keeps every {@code $…$}, {@code $$…$$}, {@code \(…\)} and {@code \[…\]} span
 * byte-exact ({@code $$…$$} and {@code \[…\]} inside a line are set inline; {@code \[E\]} and other escaped
 * brackets around words stay brackets, see {@link BracketMath}); a fenced {@code math} block is display math.
 * HTML inside the markdown is kept to GitHub's safe subset by jsoup's sanitizer and read into the model as well
 * ({@code <br>}, {@code <sub>}, {@code <table>}, {@code <details>}, {@code <img>}; see {@link ModelConverter}), so
 * a reader never sees tag text; images are read by {@link ImageSource}, math images as their formulas.
 *
 * <p>One deliberate departure from CommonMark: a line right under a list item that is indented no further than
 * the item's marker ends the item and starts a paragraph (at the level it is indented to), instead of
 * continuing the item's paragraph ("lazy continuation"). The sources are pasted chat answers, where such a line
 * ("Where $\gamma$ is …" under a numbered list) is always a new paragraph; hard-wrapped list items do not occur
 * in them. A line indented past the marker still continues the item.
 *
 * <p>What the model gets: soft line breaks become one space, hard breaks a {@code "\n"} in the text; TeX is
 * everything between its delimiters, spaces and line breaks included, never trimmed; thematic breaks and link
 * reference definitions and HTML comments are dropped (they carry no words); block quotes are flattened into
 * their blocks; anything else the model has no place for is kept as plain text.
 *
 * <p>The {@code blocks} and {@code inlines} methods are the stable entry points for readers; the
 * {@code parse…} variants also return what went wrong (an unclosed {@code $$} or {@code \(}, an unpaired
 * {@code $}) as warnings positioned at the real source line.
 */
public final class Markdown {

  /** A parse result and the warnings met on the way. */
  public record Parsed<T>(T value, List<Diagnostic> diagnostics) {
    public Parsed {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private static final Parser BLOCK_PARSER = Parser.builder(blockOptions()).build();
  private static final Parser INLINE_PARSER = Parser.builder(inlineOptions()).build();
  /** What starts inline markdown or math, and a few more for safety; see {@link #isPlainText}. */
  private static final String MARKUP_CHARACTERS = "*_`\\[]<>&$!~^|";

  private Markdown() {}

  /**
   * Markdown lines to model blocks; each block's {@code line} is {@code firstLine} plus its offset in
   * {@code lines}, so passing a document's lines with their first line number gives real source lines.
   * Warnings are dropped: use {@link #parseBlocks} to report them.
   */
  public static List<Block> blocks(List<String> lines, int firstLine) {
    return parseBlocks("", lines, firstLine).value();
  }

  /**
   * One line of inline markdown (emphasis, code, {@code $…$} and {@code \(…\)} math, links) to model inlines;
   * block syntax such as a leading {@code #} or {@code 1.} is read as text. Math inlines carry {@code line}.
   */
  public static List<Inline> inlines(String text, int line) {
    return parseInlines("", text, line).value();
  }

  /**
   * The {@code #} headings among {@code lines} at the top level (not in fenced code), found without parsing the
   * rest; numbered as in {@link #blocks}. For readers that split a document at its headings before parsing it.
   */
  public static List<Block.Heading> headings(List<String> lines, int firstLine) {
    return AtxHeadings.of(lines, firstLine);
  }

  /** {@link #blocks}, plus warnings naming {@code file} and the source line. */
  public static Parsed<List<Block>> parseBlocks(String file, List<String> lines, int firstLine) {
    DeepNesting.Capped capped = DeepNesting.capIndentation(file, lines, firstLine);
    List<Diagnostic> diagnostics = new ArrayList<>(capped.warning().stream().toList());
    Optional<Parsed<List<Block>>> whole = parseTree(file, capped.lines(), firstLine);
    if (whole.isPresent()) {
      diagnostics.addAll(whole.get().diagnostics());
      return new Parsed<>(whole.get().value(), diagnostics);
    }
    // Nested too deeply somewhere: read each stretch between blank lines on its own, so only that stretch is lost.
    List<Block> blocks = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= lines.size(); i++) {
      if (i == lines.size() || lines.get(i).isBlank()) {
        if (i > start) {
          Optional<Parsed<List<Block>>> part = parseTree(file, capped.lines().subList(start, i), firstLine + start);
          if (part.isPresent()) {
            blocks.addAll(part.get().value());
            diagnostics.addAll(part.get().diagnostics());
          } else {
            diagnostics.add(DeepNesting.unreadable(file, firstLine + start));
            blocks.addAll(DeepNesting.plainLines(lines.subList(start, i), firstLine + start));
          }
        }
        start = i + 1;
      }
    }
    return new Parsed<>(blocks, diagnostics);
  }

  /** The lines parsed and converted; empty when flexmark's tree is too deep to walk (see {@link DeepNesting}). */
  private static Optional<Parsed<List<Block>>> parseTree(String file, List<String> lines, int firstLine) {
    ParsedText text = ParsedText.of(lines, firstLine);
    Document document;
    try {
      document = BLOCK_PARSER.parse(text.text());
    } catch (StackOverflowError e) {
      return Optional.empty(); // flexmark recurses per marker: thousands of "- " on a line overflow its rule pattern
    }
    if (DeepNesting.tooDeep(document)) {
      return Optional.empty();
    }
    for (int pass = 0; pass < lines.size(); pass++) {
      List<Integer> lazy = lazyListLines(document, text);
      if (lazy.isEmpty()) {
        break;
      }
      text = text.withBlankLinesBefore(lazy);
      document = BLOCK_PARSER.parse(text.text());
    }
    ModelConverter converter = new ModelConverter(file, text, document);
    List<Block> blocks = converter.blocks(document);
    return Optional.of(new Parsed<>(blocks, converter.diagnostics()));
  }

  /** {@link #inlines}, plus warnings naming {@code file} and {@code line}. */
  public static Parsed<List<Inline>> parseInlines(String file, String text, int line) {
    if (isPlainText(text)) {
      return new Parsed<>(List.of(new Inline.Text(text)), List.of());
    }
    return parseInlineMarkdown(file, text, line);
  }

  /**
   * Text that no inline rule can touch reads as itself: no character that starts markdown or math, no control
   * character, nothing for the paragraph to trim at its ends. Two in five lines of the chat transcript are such
   * plain follow-ups; they skip setting up a flexmark parse.
   */
  static boolean isPlainText(String text) {
    if (text.isEmpty() || isSpace(text.charAt(0)) || isSpace(text.charAt(text.length() - 1))) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < ' ' || MARKUP_CHARACTERS.indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** {@link #parseInlines} by flexmark, whatever the text. */
  static Parsed<List<Inline>> parseInlineMarkdown(String file, String text, int line) {
    ParsedText parsed = ParsedText.of(List.of(text), line);
    Document document = INLINE_PARSER.parse(parsed.text());
    ModelConverter converter = new ModelConverter(file, parsed, document);
    List<Inline> inlines = new ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      inlines.addAll(converter.inlines(node));
    }
    return new Parsed<>(inlines, converter.diagnostics());
  }

  /**
   * Text found between HTML tags, as inline markdown in which HTML is text: the sanitizer has already read the
   * tags, so a tag here was written as an escaped {@code &lt;b&gt;} and means those characters.
   */
  static Parsed<List<Inline>> parseTextInHtml(String file, String text, int line) {
    if (isPlainText(text)) {
      return new Parsed<>(List.of(new Inline.Text(text)), List.of());
    }
    ParsedText parsed = ParsedText.of(text.lines().toList(), line);
    Document document = INLINE_PARSER.parse(parsed.text());
    ModelConverter converter = new ModelConverter(file, parsed, document, false);
    InlineRun run = new InlineRun();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node != document.getFirstChild()) {
        run.text(" "); // a blank line between words inside a tag: HTML reads it as a space
      }
      converter.inlines(node).forEach(run::add);
    }
    return new Parsed<>(run.finish(), converter.diagnostics());
  }

  /**
   * Parsed lines that continue a list item's paragraph while indented no further than the item's marker: the
   * lazy continuation lines this class reads as new paragraphs.
   */
  private static List<Integer> lazyListLines(Document document, ParsedText text) {
    List<Integer> lazy = new ArrayList<>();
    collectLazy(document, text, lazy);
    return lazy.stream().distinct().sorted().toList();
  }

  private static void collectLazy(Node node, ParsedText text, List<Integer> lazy) {
    if (node instanceof Paragraph paragraph && node.getParent() instanceof ListItem) {
      List<BasedSequence> lines = paragraph.getContentLines();
      int marker = text.columnAt(node.getParent().getStartOffset());
      for (int i = 1; i < lines.size(); i++) {
        int parsedLine = text.parsedLineAt(lines.get(i).getStartOffset());
        if (text.indentOf(parsedLine) <= marker) {
          lazy.add(parsedLine);
          break; // the lines after it follow the new paragraph on the next pass
        }
      }
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      collectLazy(child, text, lazy);
    }
  }

  private static DataHolder blockOptions() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), MathExtension.withDisplayBlocks()));
    // GitHub's table rules: the header fixes the column count, no spans, no captions.
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    options.set(TablesExtension.WITH_CAPTION, false);
    return options.toImmutable();
  }

  /** Every block parser off, so a line is always one paragraph of inlines. */
  private static DataHolder inlineOptions() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(MathExtension.inlineOnly()));
    options.set(Parser.HEADING_PARSER, false);
    options.set(Parser.LIST_BLOCK_PARSER, false);
    options.set(Parser.THEMATIC_BREAK_PARSER, false);
    options.set(Parser.BLOCK_QUOTE_PARSER, false);
    options.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
    options.set(Parser.INDENTED_CODE_BLOCK_PARSER, false);
    options.set(Parser.HTML_BLOCK_PARSER, false);
    options.set(Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR, false);
    return options.toImmutable();
  }
}
