package dev.studyguide.source.read;

import dev.studyguide.model.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of contents a PDF export keeps near the top: an optional "Contents" line, then one entry a line as
 * {@code number TAB title TAB page} ({@code 1.12.3	Bayes Rule	10}), blank lines allowed between entries.
 *
 * @param fromLine the "Contents" line, or the first entry when there is none
 * @param toLine the last entry
 */
record TableOfContents(int fromLine, int toLine, List<TableOfContents.Entry> entries) {
  private static final Pattern ENTRY = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\t+([^\\t]*\\S[^\\t]*?)(?:\\t+\\d+)?\\s*$");
  private static final Pattern TITLE = Pattern.compile("^(?:table of )?contents$", Pattern.CASE_INSENSITIVE);

  TableOfContents {
    entries = List.copyOf(entries);
  }

  /** A section as the table lists it. */
  record Entry(String number, String title, int line) {
    /** The number of the enclosing section ({@code 1.12} for {@code 1.12.3}), empty for a chapter. */
    String parentNumber() {
      int dot = number.lastIndexOf('.');
      return dot < 0 ? "" : number.substring(0, dot);
    }

    /** Whether {@code other} lies inside this section, at any depth. */
    boolean encloses(Entry other) {
      return other.number.startsWith(number + ".");
    }
  }

  /** The first run of entry lines in the document, if any. */
  static Optional<TableOfContents> find(SourceDocument document) {
    int n = 1;
    while (n <= document.lines().size() && !ENTRY.matcher(document.line(n)).matches()) {
      n++;
    }
    if (n > document.lines().size()) {
      return Optional.empty();
    }
    int from = titleAbove(document, n);
    List<Entry> entries = new ArrayList<>();
    for (; n <= document.lines().size(); n++) {
      String line = document.line(n);
      Matcher entry = ENTRY.matcher(line);
      if (entry.matches()) {
        entries.add(new Entry(entry.group(1), entry.group(2).strip(), n));
      } else if (!line.isBlank()) {
        break;
      }
    }
    return Optional.of(new TableOfContents(from, entries.get(entries.size() - 1).line(), entries));
  }

  /** The "Contents" line just above the first entry, blank lines between allowed; else the entry itself. */
  private static int titleAbove(SourceDocument document, int firstEntry) {
    int n = firstEntry - 1;
    while (n >= 1 && document.line(n).isBlank()) {
      n--;
    }
    return n >= 1 && TITLE.matcher(document.line(n).strip()).matches() ? n : firstEntry;
  }
}
