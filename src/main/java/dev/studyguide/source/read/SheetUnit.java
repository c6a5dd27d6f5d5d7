package dev.studyguide.source.read;

import java.util.List;
import java.util.Optional;

/** One structural piece of a study-sheet section, as the lines show it before list nesting is worked out. */
sealed interface SheetUnit {
  int line();

  int lastLine();

  /**
   * A bullet or numbered entry. {@code depth} counts the indentation the export kept, plus one for LaTeX's
   * deeper-level markers ({@code – } and {@code - * }); {@code number} is 0 for bullets. An entry with no words of
   * its own ({@code -} alone above a formula) carries that formula as {@code display}.
   */
  record Entry(int line, int depth, boolean ordered, int number, Optional<JoinedLines> text,
      Optional<Display> display) implements SheetUnit {
    @Override
    public int lastLine() {
      return display.map(Display::lastLine).orElseGet(() -> text.map(JoinedLines::lastLine).orElse(line));
    }
  }

  /** A paragraph. */
  record Text(JoinedLines text) implements SheetUnit {
    @Override
    public int line() {
      return text.firstLine();
    }

    @Override
    public int lastLine() {
      return text.lastLine();
    }
  }

  /** Display TeX from {@code $$…$$}, byte-exact, possibly over several lines. */
  record Display(String tex, int line, int lastLine) implements SheetUnit {}

  /**
   * A tab-separated table whose rows are the consecutive lines from {@code line}; the first row is its header.
   * {@code captionLine} is 0 when the sheet gives no caption.
   */
  record TableRows(List<List<String>> rows, int line, String caption, int captionLine) implements SheetUnit {
    public TableRows {
      rows = rows.stream().map(List::copyOf).toList();
    }

    @Override
    public int lastLine() {
      return Math.max(line + rows.size() - 1, captionLine);
    }
  }
}
