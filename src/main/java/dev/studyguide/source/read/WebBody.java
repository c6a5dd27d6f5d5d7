package dev.studyguide.source.read;

import dev.studyguide.model.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the blocks of one item of a web page, line by line: consecutive list entries become one list,
 * which is ordered when its entries are numbered 1, 2, 3 … (the numbers then go, the list shows them).
 */
final class WebBody {
  private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\.\\s+(\\S.*)$");

  private final List<Block> blocks = new ArrayList<>();
  private final List<String> entries = new ArrayList<>();
  private final List<Integer> entryLines = new ArrayList<>();

  void entry(String text, int line) {
    entries.add(text.strip());
    entryLines.add(line);
  }

  void block(Block block) {
    endList();
    blocks.add(block);
  }

  /** A blank line or a new kind of content ends the list being collected. */
  void endList() {
    if (entries.isEmpty()) {
      return;
    }
    boolean ordered = isNumberedFromOne(entries);
    List<Block.ListItem> items = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String text = ordered ? NUMBERED.matcher(entries.get(i)).replaceFirst("$2") : entries.get(i);
      items.add(new Block.ListItem(List.of(new Block.Paragraph(ProseLine.inlines(text), entryLines.get(i)))));
    }
    blocks.add(new Block.ListBlock(ordered, items, entryLines.get(0)));
    entries.clear();
    entryLines.clear();
  }

  List<Block> build() {
    endList();
    return List.copyOf(blocks);
  }

  boolean isEmpty() {
    return blocks.isEmpty() && entries.isEmpty();
  }

  static boolean isNumbered(String text) {
    return NUMBERED.matcher(text.strip()).matches();
  }

  private static boolean isNumberedFromOne(List<String> entries) {
    for (int i = 0; i < entries.size(); i++) {
      Matcher m = NUMBERED.matcher(entries.get(i));
      if (!m.matches() || Integer.parseInt(m.group(1)) != i + 1) {
        return false;
      }
    }
    return true;
  }
}
