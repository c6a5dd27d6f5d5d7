package dev.studyguide.source.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTML a run of sibling nodes makes, for jsoup to parse as one fragment: raw HTML nodes as written, every other
 * node as a placeholder element ({@link #PLACEHOLDER}) that stands for the markdown node, so an element opened in
 * one HTML node and closed in a later one ({@code <sub>2</sub>}, or {@code <details>} … markdown … {@code </details>})
 * holds what lies between. Remembers where each raw piece came from, so an offset into the fragment maps back to
 * the source line.
 */
final class HtmlSource {
  /** The placeholder's tag: a custom element name no document uses, kept by the sanitizer with its index. */
  static final String PLACEHOLDER = "studyguide-md";
  static final String INDEX = "data-k";

  private final StringBuilder html = new StringBuilder();
  private final List<Node> embedded = new ArrayList<>();
  /** Per raw piece: where it starts in the fragment, where it came from in the document, its length. */
  private final List<int[]> pieces = new ArrayList<>();

  /** Appends a raw HTML node as written. */
  void raw(Node node) {
    pieces.add(new int[] {html.length(), node.getStartOffset(), node.getTextLength()});
    html.append(node.getChars());
  }

  /** Appends a placeholder standing for a markdown node; block placeholders sit on lines of their own. */
  void embed(Node node, boolean block) {
    String separator = block ? "\n" : "";
    html.append(separator).append('<').append(PLACEHOLDER).append(' ').append(INDEX).append("=\"")
        .append(embedded.size()).append("\"></").append(PLACEHOLDER).append('>').append(separator);
    embedded.add(node);
  }

  /** Ends a block-level raw piece, so the next one does not run on in its line. */
  void newline() {
    html.append('\n');
  }

  String html() {
    return html.toString();
  }

  /** The markdown node a placeholder's index names, or null for an index this fragment did not write. */
  Node embedded(String index) {
    try {
      int k = Integer.parseInt(index);
      return k >= 0 && k < embedded.size() ? embedded.get(k) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The document offset of a fragment offset inside a raw piece (a placeholder's maps to the piece before it). */
  int documentOffset(int fragmentOffset) {
    int[] piece = pieces.get(0);
    for (int[] p : pieces) {
      if (p[0] > fragmentOffset) {
        break;
      }
      piece = p;
    }
    return piece[1] + Math.min(piece[2], Math.max(0, fragmentOffset - piece[0]));
  }
}
