package dev.studyguide.source.markdown;

import com.vladsch.flexmark.util.ast.Node;
import dev.studyguide.model.Block;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inline;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Markdown nested deeper than any study text, made safe to read. Every level of a list indents its items
 * further, flexmark's work per line grows with the square of that depth, and every stage after it walks the
 * tree recursively: a list nested 2,000 levels deep took minutes and then overflowed the stack. So indentation
 * past {@link #MAX_COLUMNS} is read as that many columns before parsing (the sources indent four at most;
 * deeper items join the deepest level allowed, in their order), and a tree still deeper than
 * {@link #MAX_TREE_DEPTH} (thousands of list markers on one line) is given up: its lines are kept as plain text.
 */
final class DeepNesting {
  static final int MAX_COLUMNS = 64;
  static final int MAX_TREE_DEPTH = 200;

  /** The lines as flexmark gets them, and the warning when any had to be capped. */
  record Capped(List<String> lines, Optional<Diagnostic> warning) {}

  private DeepNesting() {}

  static Capped capIndentation(String file, List<String> lines, int firstLine) {
    List<String> out = null;
    int first = -1;
    int count = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int end = 0;
      int column = 0;
      while (end < line.length() && (line.charAt(end) == ' ' || line.charAt(end) == '\t')) {
        column += line.charAt(end) == ' ' ? 1 : 4 - column % 4;
        end++;
      }
      if (column > MAX_COLUMNS && end < line.length()) {
        if (out == null) {
          out = new ArrayList<>(lines);
          first = i;
        }
        out.set(i, " ".repeat(MAX_COLUMNS) + line.substring(end));
        count++;
      }
    }
    if (out == null) {
      return new Capped(lines, Optional.empty());
    }
    return new Capped(out, Optional.of(Diagnostic.warning(file, firstLine + first,
        count + (count == 1 ? " line is" : " lines from here on are") + " indented past " + MAX_COLUMNS
            + " columns and read as indented " + MAX_COLUMNS + ", so lists nest no deeper than that",
        "nest lists less deeply; deeper items are shown at the deepest level")));
  }

  /** Whether the tree is deeper than {@link #MAX_TREE_DEPTH}, found without recursion. */
  static boolean tooDeep(Node root) {
    Deque<Node> nodes = new ArrayDeque<>(List.of(root));
    Deque<Integer> depths = new ArrayDeque<>(List.of(0));
    while (!nodes.isEmpty()) {
      Node node = nodes.pop();
      int depth = depths.pop();
      if (depth > MAX_TREE_DEPTH) {
        return true;
      }
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
    return false;
  }

  /** Each non-blank line as a paragraph of its text: what is left when the markdown cannot be read. */
  static List<Block> plainLines(List<String> lines, int firstLine) {
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        out.add(new Block.Paragraph(List.of(new Inline.Text(lines.get(i).strip())), firstLine + i));
      }
    }
    return out;
  }

  static Diagnostic unreadable(String file, int line) {
    return Diagnostic.warning(file, line, "markdown nested too deeply to read (thousands of list, quote or rule "
        + "markers?), so its lines are kept as plain text", "nest lists and quotes less deeply");
  }
}
