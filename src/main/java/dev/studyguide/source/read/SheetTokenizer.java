package dev.studyguide.source.read;

import dev.studyguide.model.SourceDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the lines of one study-sheet section into units: entries, paragraphs (lines the PDF export wrapped are
 * joined again), display TeX and tab-separated tables. Blank lines separate units.
 */
final class SheetTokenizer {
  /** {@code - }, {@code  - }, {@code - * }, {@code – }, {@code 1. }: LaTeX list markers as the export wrote them. */
  private static final Pattern MARKER =
      Pattern.compile("^( *)(?:(-|–)(?: (\\*))?|(\\d+)\\.)(?: +(.*))?$");
  private static final Pattern CAPTION = Pattern.compile("^Table \\d+[:.] .+");
  /** The full stop or comma of a display formula, which the export put on a line of its own. */
  private static final Pattern STRAY_PUNCTUATION = Pattern.compile("^[.,;:]$");

  /** The units, and the lines of stray punctuation that became none. */
  record Result(List<SheetUnit> units, List<Integer> strayPunctuation) {}

  private final SourceDocument document;
  private final int to;
  private final List<SheetUnit> units = new ArrayList<>();
  private final List<Integer> strayPunctuation = new ArrayList<>();

  private SheetTokenizer(SourceDocument document, int to) {
    this.document = document;
    this.to = to;
  }

  /** The units of lines {@code from..to} (1-based, inclusive). */
  static Result tokenize(SourceDocument document, int from, int to) {
    SheetTokenizer tokenizer = new SheetTokenizer(document, to);
    tokenizer.run(from);
    return new Result(List.copyOf(tokenizer.units), List.copyOf(tokenizer.strayPunctuation));
  }

  private void run(int from) {
    boolean afterBlank = true;
    int n = from;
    while (n <= to) {
      String raw = document.line(n);
      if (raw.isBlank()) {
        afterBlank = true;
        n++;
        continue;
      }
      Optional<SheetUnit.Display> display = display(n);
      Optional<SheetUnit.TableRows> table = display.isPresent() ? Optional.empty() : table(n);
      if (display.isPresent()) {
        units.add(display.get());
        n = display.get().lastLine() + 1;
      } else if (table.isPresent()) {
        units.add(table.get());
        n = table.get().lastLine() + 1;
      } else {
        n = lineOfProse(raw, n, afterBlank);
      }
      afterBlank = false;
    }
  }

  /** Reads an entry, a paragraph line or stray punctuation at line {@code n}; returns the next line to read. */
  private int lineOfProse(String raw, int n, boolean afterBlank) {
    Matcher marker = MARKER.matcher(raw);
    SheetUnit last = units.isEmpty() ? null : units.get(units.size() - 1);
    if (marker.matches()) {
      return entry(marker, n);
    }
    if (STRAY_PUNCTUATION.matcher(raw.strip()).matches() && last instanceof SheetUnit.Display) {
      strayPunctuation.add(n);
    } else if (!afterBlank && last instanceof SheetUnit.Text text) {
      text.text().append(raw, n);
    } else if (!afterBlank && last instanceof SheetUnit.Entry entry && entry.text().isPresent()
        && entry.display().isEmpty()) {
      entry.text().get().append(raw, n);
    } else {
      units.add(new SheetUnit.Text(new JoinedLines(raw, n)));
    }
    return n + 1;
  }

  private int entry(Matcher marker, int n) {
    boolean ordered = marker.group(4) != null;
    int depth = marker.group(1).length()
        + ("–".equals(marker.group(2)) || marker.group(3) != null ? 1 : 0);
    int number = ordered ? Integer.parseInt(marker.group(4)) : 0;
    String words = marker.group(5) == null ? "" : marker.group(5).strip();
    if (!words.isEmpty()) {
      units.add(new SheetUnit.Entry(n, depth, ordered, number, Optional.of(new JoinedLines(words, n)),
          Optional.empty()));
      return n + 1;
    }
    // A marker alone on its line: the formula below it is the entry's content.
    int next = nextNonBlank(n + 1);
    Optional<SheetUnit.Display> display = next > to ? Optional.empty() : display(next);
    units.add(new SheetUnit.Entry(n, depth, ordered, number, Optional.empty(), display));
    return display.map(d -> d.lastLine() + 1).orElse(n + 1);
  }

  /**
   * The display formula opening at line {@code n}, if the line starts with {@code $$} and a {@code $$} closes it
   * before a blank line. An unclosed one is left to be read as prose, whose scan reports it.
   */
  private Optional<SheetUnit.Display> display(int n) {
    String first = document.line(n);
    if (!first.strip().startsWith("$$")) {
      return Optional.empty();
    }
    int open = first.indexOf("$$") + 2;
    int close = DollarMath.closing(first, open, "$$");
    if (close >= 0) {
      return close > open && first.substring(close + 2).isBlank()
          ? Optional.of(new SheetUnit.Display(first.substring(open, close), n, n))
          : Optional.empty();
    }
    StringBuilder tex = new StringBuilder(first.substring(open));
    for (int m = n + 1; m <= to && !document.line(m).isBlank(); m++) {
      String line = document.line(m);
      int end = DollarMath.closing(line, 0, "$$");
      if (end >= 0) {
        tex.append('\n').append(line, 0, end);
        return line.substring(end + 2).isBlank()
            ? Optional.of(new SheetUnit.Display(tex.toString(), n, m))
            : Optional.empty();
      }
      tex.append('\n').append(line);
    }
    return Optional.empty();
  }

  /** A table of two or more consecutive lines with the same number (two or more) of tab-separated cells. */
  private Optional<SheetUnit.TableRows> table(int n) {
    List<String> header = cells(document.line(n));
    if (header.size() < 2) {
      return Optional.empty();
    }
    List<List<String>> rows = new ArrayList<>(List.of(header));
    int m = n + 1;
    while (m <= to && cells(document.line(m)).size() == header.size()) {
      rows.add(cells(document.line(m)));
      m++;
    }
    if (rows.size() < 2) {
      return Optional.empty();
    }
    int below = nextNonBlank(m);
    boolean captioned = below <= to && CAPTION.matcher(document.line(below).strip()).matches();
    return Optional.of(new SheetUnit.TableRows(rows, n,
        captioned ? document.line(below).strip() : "", captioned ? below : 0));
  }

  private static List<String> cells(String line) {
    if (line.indexOf('\t') < 0) {
      return List.of();
    }
    return Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
  }

  private int nextNonBlank(int from) {
    int m = from;
    while (m <= to && document.line(m).isBlank()) {
      m++;
    }
    return m;
  }
}
