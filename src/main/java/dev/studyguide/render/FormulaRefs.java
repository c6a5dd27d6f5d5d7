package dev.studyguide.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Formulas in the rendered guide's fragments, as references to their markup, which is held once. KaTeX's markup
 * is a few kilobytes a formula, nine tenths of the real guide's fragment text, and a fragment held it again
 * wherever a formula shows (a prompt, each phrasing, a passage linked from many questions): at 100x the synthetic
 * guide, most of the heap the whole build kept. Pages get the markup as they are written ({@link OutputFolder}
 * expands every HTML file it writes); text made from fragments for another format (JSON) is expanded first.
 */
public final class FormulaRefs {
  /** No formulas: fragments whose markup holds its formulas itself. */
  public static final FormulaRefs NONE = new FormulaRefs(List.of());

  /** A comment: fragments escape every "<" of the source text, so only the renderer writes one. */
  private static final String OPEN = "<!--math:";
  private static final String CLOSE = "-->";

  private final List<String> markup;

  FormulaRefs(List<String> markup) {
    this.markup = List.copyOf(markup);
  }

  /** What a fragment holds in place of the {@code number}th formula's markup. */
  static String ref(int number) {
    return OPEN + number + CLOSE;
  }

  /** {@code html} with every formula's markup in place of its reference. */
  public String expand(String html) {
    if (!html.contains(OPEN)) {
      return html;
    }
    StringWriter out = new StringWriter(html.length() * 4);
    try (Writer expanding = expanding(out)) {
      expanding.write(html);
    } catch (IOException e) {
      throw new UncheckedIOException("expanding formulas in memory", e);
    }
    return out.toString();
  }

  /**
   * A writer passing text on to {@code out} with every formula's markup in place of its reference; a reference
   * may come in pieces. Closing it writes what it held back and closes {@code out}.
   */
  public Writer expanding(Writer out) {
    return new Expanding(out);
  }

  private String markup(String number) {
    int n = Integer.parseInt(number);
    if (n >= markup.size()) {
      throw new IllegalStateException("a fragment refers to formula " + n + " of " + markup.size()
          + ": write a rendered guide's files with its formulas (OutputFolder.beside(target, guide.formulas()))");
    }
    return markup.get(n);
  }

  private final class Expanding extends Writer {
    private final Writer out;
    /** The start of a reference that has not come whole yet. */
    private final StringBuilder held = new StringBuilder();

    Expanding(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      if (held.isEmpty() && !contains(chars, offset, length, '<')) {
        out.write(chars, offset, length); // most of a page: nothing to look at
      } else {
        write(new String(chars, offset, length));
      }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      write(offset == 0 && length == text.length() ? text : text.substring(offset, offset + length));
    }

    @Override
    public void write(String text) throws IOException {
      if (held.isEmpty() && text.indexOf('<') < 0) {
        out.write(text);
        return;
      }
      String s = held.isEmpty() ? text : held.append(text).toString();
      held.setLength(0);
      int from = 0;
      while (from < s.length()) {
        int at = s.indexOf(OPEN, from);
        int end = at < 0 ? -1 : s.indexOf(CLOSE, at + OPEN.length());
        if (end < 0) {
          int keep = at >= 0 ? at : partialOpening(s, from);
          out.write(s, from, keep - from);
          held.append(s, keep, s.length());
          return;
        }
        out.write(s, from, at - from);
        out.write(markup(s.substring(at + OPEN.length(), end)));
        from = end + CLOSE.length();
      }
    }

    /** Where the end of {@code s} (from {@code from}) may begin a reference that the next text completes. */
    private static int partialOpening(String s, int from) {
      int start = Math.max(from, s.length() - OPEN.length() + 1);
      int at = s.indexOf('<', start);
      while (at >= 0 && !OPEN.startsWith(s.substring(at))) {
        at = s.indexOf('<', at + 1);
      }
      return at >= 0 ? at : s.length();
    }

    private static boolean contains(char[] chars, int offset, int length, char c) {
      for (int i = offset; i < offset + length; i++) {
        if (chars[i] == c) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.write(held.toString());
      held.setLength(0);
      out.close();
    }
  }
}
