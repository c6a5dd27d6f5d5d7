package dev.studyguide.graph.answer;

import dev.studyguide.model.Block;
import dev.studyguide.model.Item;
import dev.studyguide.model.SourceRef;
import java.io.Serializable;
import java.util.List;

/**
 * A unit of a note or an authored answer that a learner reads in one go: a paragraph with its formulas, a list, a
 * table, a sub-section, or the whole item when it is short.
 *
 * @param item the note or answered question it is cut from
 * @param part its place among the item's passages, from 1; {@code parts} how many the item has
 * @param lead the words it starts with when it is one part of several ("Hinge Loss: Used for SVM"), else empty
 * @param blocks the item's blocks it holds
 * @param topic the topic its item is placed on
 */
public record Passage(Item item, int part, int parts, String lead, List<Block> blocks, int fromLine, int toLine,
    String topic) implements Serializable {
  public Passage {
    blocks = List.copyOf(blocks);
  }

  /** Stable within a build and across builds while the source stays: the item's id and its part. */
  public String id() {
    return parts == 1 ? item.id() : item.id() + "-" + part;
  }

  /** Where it lives: the item's file and label, its own lines. */
  public SourceRef source() {
    return new SourceRef(item.source().file(), fromLine, toLine, item.source().label());
  }

  /** What it is called: the item's title (or, for an answer, its question), with the part's lead words. */
  public String title() {
    String base = item.title().isBlank() ? PassageText.prompt(item) : item.title();
    return lead.isEmpty() ? base : base + " — " + lead;
  }

  /** How much there is to read, in characters of text and TeX. */
  public int length() {
    return PassageText.size(blocks);
  }

  public boolean hasMath() {
    return PassageText.hasMath(blocks);
  }
}
