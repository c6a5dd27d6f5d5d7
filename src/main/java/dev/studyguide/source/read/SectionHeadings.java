package dev.studyguide.source.read;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.SourceDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the body's section headings by the table of contents: a heading is a line that reads exactly as an entry
 * does ({@code 1.12.3 Bayes Rule}), found in the table's order. A line that merely starts with a number
 * ({@code 1 minus p}) is therefore never a heading.
 */
final class SectionHeadings {
  /** A dotted number and a capitalised word: a heading, if the table of contents listed it. */
  private static final Pattern LOOKS_LIKE_HEADING = Pattern.compile("^\\d+(?:\\.\\d+)+ +\\p{Lu}.*");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SectionHeadings() {}

  /** A section of the table of contents and the body line of its heading. */
  record Heading(TableOfContents.Entry entry, int line) {}

  /** The headings after the table of contents, in order; entries not found are reported at their TOC line. */
  static List<Heading> locate(SourceDocument document, TableOfContents toc, List<Diagnostic> diagnostics) {
    List<Heading> headings = new ArrayList<>();
    Set<String> numbers = new HashSet<>();
    int cursor = toc.toLine() + 1;
    for (TableOfContents.Entry entry : toc.entries()) {
      if (!numbers.add(entry.number())) {
        diagnostics.add(Diagnostic.warning(document.file(), entry.line(),
            "section number " + entry.number() + " appears twice in the table of contents; the second is ignored",
            "renumber one of the sections"));
        continue;
      }
      int line = find(document, cursor, entry.number(), entry.title());
      if (line < 0) {
        diagnostics.add(Diagnostic.warning(document.file(), entry.line(),
            "section " + entry.number() + " \"" + entry.title() + "\" is in the table of contents but its heading"
                + " is not in the body (after the previous section)",
            "check the heading's wording and order in the body, or remove the entry"));
      } else {
        headings.add(new Heading(entry, line));
        cursor = line + 1;
      }
    }
    reportUnlisted(document, toc, headings, diagnostics);
    return headings;
  }

  private static int find(SourceDocument document, int from, String number, String title) {
    String wanted = collapse(number + " " + title);
    for (int n = from; n <= document.lines().size(); n++) {
      // Only a line starting with the number can match: the others skip the collapsing (a regex replace).
      String line = document.line(n).strip();
      if (line.startsWith(number) && collapse(line).equals(wanted)) {
        return n;
      }
    }
    return -1;
  }

  /** Lines shaped like a subsection heading that the table does not list are read as text; say so. */
  private static void reportUnlisted(SourceDocument document, TableOfContents toc, List<Heading> headings,
      List<Diagnostic> diagnostics) {
    Set<Integer> found = new HashSet<>();
    headings.forEach(h -> found.add(h.line()));
    for (int n = toc.toLine() + 1; n <= document.lines().size(); n++) {
      if (!found.contains(n) && LOOKS_LIKE_HEADING.matcher(document.line(n).strip()).matches()) {
        diagnostics.add(Diagnostic.warning(document.file(), n,
            "looks like a section heading, but the table of contents does not list it; read as text",
            "add it to the table of contents if it is a section"));
      }
    }
  }

  private static String collapse(String text) {
    return SPACES.matcher(text.strip()).replaceAll(" ");
  }
}
