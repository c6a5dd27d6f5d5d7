package dev.studyguide.model;

import java.io.Serializable;
import java.util.List;

/**
 * One question or note, as read from one place in one source.
 *
 * @param id stable id derived from provenance (file and label), never from list positions
 * @param title a heading the source gives the item (001's "Logistic Regression: ..."; a note's section title);
 *     empty when the source gives none
 * @param sectionPath titles of the enclosing sections, outermost first (002's "1 Probability ...")
 * @param prompt the question as asked; empty for notes
 * @param followUps follow-up questions in source order
 * @param body answer blocks of a question, or the content of a note
 * @param difficulty how hard the source says the question is: {@code easy}, {@code medium}, {@code hard}, or empty
 *     when it does not say (notes are always empty)
 */
public record Item(
    String id,
    ItemKind kind,
    String title,
    List<String> sectionPath,
    List<Inline> prompt,
    List<List<Inline>> followUps,
    List<Block> body,
    SourceRef source,
    String difficulty) implements Serializable {

  /** The difficulties a source can give, normalized; empty means it gives none. */
  public static final List<String> DIFFICULTIES = List.of("easy", "medium", "hard");

  public Item {
    if (!difficulty.isEmpty() && !DIFFICULTIES.contains(difficulty)) {
      throw new IllegalArgumentException("difficulty must be easy, medium, hard or empty: " + difficulty);
    }
    sectionPath = List.copyOf(sectionPath);
    prompt = List.copyOf(prompt);
    followUps = followUps.stream().map(List::copyOf).toList();
    body = List.copyOf(body);
  }

  /** An item whose source gives no difficulty (every reader but the general markdown one). */
  public Item(String id, ItemKind kind, String title, List<String> sectionPath, List<Inline> prompt,
      List<List<Inline>> followUps, List<Block> body, SourceRef source) {
    this(id, kind, title, sectionPath, prompt, followUps, body, source, "");
  }

  public boolean isQuestion() {
    return kind == ItemKind.QUESTION;
  }
}
