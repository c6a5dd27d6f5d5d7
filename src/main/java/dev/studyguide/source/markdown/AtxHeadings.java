package dev.studyguide.source.markdown;

import dev.studyguide.model.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code #} headings of a document found line by line, without parsing the rest: a reader that only needs
 * to know where its sections start then parses each section once, instead of the whole document and then each
 * section again (in a fresh JVM the whole-document parse was a third of reading 001).
 *
 * <p>A heading is a line of one to six {@code #}, a space and text, indented at most three spaces, outside
 * fenced code (so a {@code # 1. comment} in a code sample is not a section), as CommonMark reads it at the top
 * level. Its text, closing {@code #}s removed, is read as inline markdown.
 */
final class AtxHeadings {
  private static final Pattern HEADING = Pattern.compile(" {0,3}#{1,6}(?:[ \\t]+(.*?))??(?:[ \\t]+#+)?[ \\t]*");
  private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");

  private AtxHeadings() {}

  static List<Block.Heading> of(List<String> lines, int firstLine) {
    List<Block.Heading> headings = new ArrayList<>();
    String fence = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher fenceLine = FENCE.matcher(line);
      if (fenceLine.matches()) {
        String marker = fenceLine.group(1);
        if (fence == null) {
          fence = marker;
        } else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()
            && line.strip().length() == marker.length()) {
          fence = null;
        }
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (fence == null && heading.matches()) {
        String text = heading.group(1) == null ? "" : heading.group(1);
        headings.add(new Block.Heading(Markdown.inlines(text, firstLine + i), firstLine + i));
      }
    }
    return headings;
  }
}
