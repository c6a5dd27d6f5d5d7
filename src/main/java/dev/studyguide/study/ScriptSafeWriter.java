package dev.studyguide.study;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Passes text through with every {@code </} written as {@code <\/} (the same string to a script, and never the end
 * of one), also when the two characters arrive in separate writes. Leaves the writer it wraps open: whoever opened
 * the file closes it.
 */
final class ScriptSafeWriter extends FilterWriter {
  private boolean afterLess;

  ScriptSafeWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    if (c == '/' && afterLess) {
      out.write('\\');
    }
    out.write(c);
    afterLess = c == '<';
  }

  @Override
  public void write(char[] chars, int off, int len) throws IOException {
    int from = off;
    for (int i = off; i < off + len; i++) {
      if (chars[i] == '/' && (i == off ? afterLess : chars[i - 1] == '<')) {
        out.write(chars, from, i - from);
        out.write('\\');
        from = i;
      }
    }
    out.write(chars, from, off + len - from);
    if (len > 0) {
      afterLess = chars[off + len - 1] == '<';
    }
  }

  @Override
  public void write(String text, int off, int len) throws IOException {
    char[] chars = new char[len]; // only the slice: the whole string may be a large part of the data
    text.getChars(off, off + len, chars, 0);
    write(chars, 0, len);
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
