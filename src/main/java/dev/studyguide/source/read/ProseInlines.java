package dev.studyguide.source.read;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inline;
import dev.studyguide.source.repair.BareTex;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads exported prose into inlines: TeX between dollar signs, TeX the export left without them ({@link BareTex}),
 * and markdown emphasis. Problems with the TeX go to the diagnostics, named by {@code file:line}.
 */
final class ProseInlines {
  private final String file;
  private final List<Diagnostic> diagnostics;

  ProseInlines(String file, List<Diagnostic> diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  List<Inline> read(JoinedLines prose) {
    List<Inline> flat = new ArrayList<>();
    DollarMath.Scan scan = DollarMath.scan(prose.text());
    for (DollarMath.Unclosed unclosed : scan.unclosed()) {
      String delimiter = unclosed.display() ? "$$" : "$";
      diagnostics.add(Diagnostic.warning(file, prose.lineAt(unclosed.offset()),
          "unclosed " + delimiter + ": no " + delimiter + " closes the formula it opens, so it is kept as text",
          "close the formula with " + delimiter + ", or write \\$ for a literal dollar sign"));
    }
    for (DollarMath.Piece piece : scan.pieces()) {
      if (piece instanceof DollarMath.Tex tex) {
        int line = prose.lineAt(tex.start());
        checkTex(tex.tex(), line);
        flat.add(new Inline.Math(tex.tex(), line));
      } else if (piece instanceof DollarMath.Prose text) {
        if (holdsUnclosed(text, scan.unclosed())) {
          flat.add(new Inline.Text(text.text())); // what a stray $ was meant to enclose is unknown: keep it as is
        } else {
          addProse(text.text(), text.start(), prose, flat);
        }
      }
    }
    return Emphasis.apply(flat);
  }

  /** Inlines of one line that was never wrapped, such as a table cell. */
  List<Inline> read(String text, int line) {
    return read(new JoinedLines(text, line));
  }

  /** Reports TeX that KaTeX will refuse; the TeX itself is kept verbatim. */
  void checkTex(String tex, int line) {
    if (!DollarMath.bracesBalance(tex)) {
      diagnostics.add(Diagnostic.warning(file, line, "unbalanced braces in TeX: " + tex,
          "fix the formula in the source; until then it is shown as written"));
    }
  }

  private static boolean holdsUnclosed(DollarMath.Prose text, List<DollarMath.Unclosed> unclosed) {
    int end = text.start() + text.text().length();
    return unclosed.stream().anyMatch(u -> text.start() <= u.offset() && u.offset() < end);
  }

  private void addProse(String text, int offset, JoinedLines prose, List<Inline> out) {
    int last = 0;
    for (BareTex.Span span : BareTex.find(text)) {
      if (span.start() > last) {
        out.add(new Inline.Text(text.substring(last, span.start())));
      }
      String tex = text.substring(span.start(), span.end());
      int line = prose.lineAt(offset + span.start());
      checkTex(tex, line);
      out.add(new Inline.Math(tex, line));
      last = span.end();
    }
    if (last < text.length()) {
      out.add(new Inline.Text(text.substring(last)));
    }
  }
}
