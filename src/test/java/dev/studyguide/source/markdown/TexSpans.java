package dev.studyguide.source.markdown;

import dev.studyguide.model.Block;
import dev.studyguide.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TeX spans found two ways: by a plain scan of source lines (independent of flexmark), and in parsed model
 * blocks. Each span is {@code "line:tex"} so both the text and its position can be compared.
 */
public final class TexSpans {
  private static final Pattern DISPLAY = Pattern.compile("\\$\\$(.+?)\\$\\$");
  private static final Pattern INLINE = Pattern.compile("\\$([^$]+)\\$");

  private TexSpans() {}

  /** Every single-line {@code $$…$$} and then every {@code $…$} in the lines, numbered from {@code firstLine}. */
  public static List<String> scan(List<String> lines, int firstLine) {
    List<String> spans = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int line = firstLine + i;
      Matcher display = DISPLAY.matcher(lines.get(i));
      StringBuilder rest = new StringBuilder();
      while (display.find()) {
        spans.add(line + ":" + display.group(1));
        display.appendReplacement(rest, " ");
      }
      display.appendTail(rest);
      Matcher inline = INLINE.matcher(rest);
      while (inline.find()) {
        spans.add(line + ":" + inline.group(1));
      }
    }
    return spans;
  }

  /** Every Math inline and MathBlock in the blocks, at any depth. */
  public static List<String> collect(List<Block> blocks) {
    List<String> spans = new ArrayList<>();
    blocks.forEach(block -> collectBlock(block, spans));
    return spans;
  }

  public static List<String> collectInlines(List<Inline> inlines) {
    List<String> spans = new ArrayList<>();
    inlines.forEach(inline -> collectInline(inline, spans));
    return spans;
  }

  private static void collectBlock(Block block, List<String> spans) {
    if (block instanceof Block.MathBlock math) {
      spans.add(math.line() + ":" + math.tex());
    } else if (block instanceof Block.Paragraph p) {
      p.content().forEach(i -> collectInline(i, spans));
    } else if (block instanceof Block.Heading h) {
      h.content().forEach(i -> collectInline(i, spans));
    } else if (block instanceof Block.ListBlock list) {
      list.items().forEach(item -> item.blocks().forEach(b -> collectBlock(b, spans)));
    } else if (block instanceof Block.Table table) {
      table.header().forEach(cell -> cell.forEach(i -> collectInline(i, spans)));
      table.rows().forEach(row -> row.forEach(cell -> cell.forEach(i -> collectInline(i, spans))));
    }
  }

  private static void collectInline(Inline inline, List<String> spans) {
    if (inline instanceof Inline.Math math) {
      spans.add(math.line() + ":" + math.tex());
    } else if (inline instanceof Inline.Styled s) {
      s.children().forEach(i -> collectInline(i, spans));
    } else if (inline instanceof Inline.Link l) {
      l.children().forEach(i -> collectInline(i, spans));
    }
  }
}
