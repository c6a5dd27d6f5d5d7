package dev.studyguide.graph.answer;

import dev.studyguide.model.Block;
import dev.studyguide.model.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts an item's body into passages. A short item is one passage. A longer one is cut where a new thought starts
 * (a heading, a list, a paragraph that neither continues the last one nor is introduced by it) once the passage
 * so far holds enough to read; a display formula, a "where ..." paragraph and whatever follows a line ending in
 * a colon stay with what they explain.
 */
final class Passages {
  /** An item this short (characters of text and TeX) is read in one go. */
  static final int WHOLE = 700;
  /** A passage is not closed before it holds this much. */
  static final int MIN = 260;
  private static final int LEAD = 60;

  private Passages() {}

  static List<Passage> of(Item item, String topic) {
    List<Block> body = item.body();
    if (body.isEmpty()) {
      return List.of();
    }
    List<List<Block>> units = PassageText.size(body) <= WHOLE ? List.of(body) : cut(body);
    List<Passage> out = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      List<Block> unit = units.get(i);
      int from = i == 0 ? item.source().fromLine() : unit.get(0).line();
      int to = i + 1 < units.size() ? Math.max(from, units.get(i + 1).get(0).line() - 1) : item.source().toLine();
      String lead = units.size() == 1 ? "" : lead(unit.get(0));
      out.add(new Passage(item, i + 1, units.size(), lead, unit, from, to, topic));
    }
    return out;
  }

  /** An authored answer shown whole, as its source wrote it. */
  static java.util.Optional<Passage> whole(Item item, String topic) {
    return item.body().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Passage(item, 1, 1, "",
        item.body(), item.source().fromLine(), item.source().toLine(), topic));
  }

  private static List<List<Block>> cut(List<Block> body) {
    List<List<Block>> units = new ArrayList<>();
    List<Block> open = new ArrayList<>();
    Block previous = null;
    for (Block block : body) {
      boolean fresh = block instanceof Block.Heading
          || (!continues(block, previous) && PassageText.size(open) >= MIN);
      if (fresh && !open.isEmpty()) {
        units.add(open);
        open = new ArrayList<>();
      }
      open.add(block);
      previous = block;
    }
    if (!open.isEmpty()) {
      if (!units.isEmpty() && PassageText.size(open) < MIN / 2) {
        units.get(units.size() - 1).addAll(open); // a short tail belongs to what it ends
      } else {
        units.add(open);
      }
    }
    return units;
  }

  /** Whether a block goes on with the one before: a formula, a "where ..." line, or what a colon announced. */
  private static boolean continues(Block block, Block previous) {
    if (previous == null) {
      return false;
    }
    if (block instanceof Block.MathBlock || block instanceof Block.FormulaBlock) {
      return true;
    }
    if (PassageText.plain(previous).endsWith(":")) {
      return true;
    }
    if (block instanceof Block.Paragraph) {
      String text = PassageText.plain(block);
      String lower = text.toLowerCase(Locale.ROOT);
      return !text.isEmpty() && (Character.isLowerCase(text.charAt(0)) || lower.startsWith("where")
          || lower.startsWith("with ") || lower.startsWith("subject to") || lower.startsWith("here"));
    }
    return false;
  }

  /**
   * The first words of a part, up to its first colon or sentence end, so a title can say which part it is. Words
   * that stop where a formula starts are half a sentence ("Let", "Expanding the square and using the independence
   * of"), not a name of the part: such a part has no lead.
   */
  private static String lead(Block first) {
    String text = PassageText.plain(first).replaceAll("\\s+", " ").strip();
    int end = text.length();
    for (String stop : List.of(":", ". ", "$")) {
      int at = text.indexOf(stop);
      if (at > 0 && at < end) {
        end = at;
      }
    }
    if (end < text.length() && text.charAt(end) == '$') {
      return "";
    }
    text = text.substring(0, end).strip();
    return text.length() <= LEAD ? text : text.substring(0, text.lastIndexOf(' ', LEAD) > 20 ? text.lastIndexOf(' ', LEAD) : LEAD) + "…";
  }
}
