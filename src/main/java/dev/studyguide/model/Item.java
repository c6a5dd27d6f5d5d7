package dev.studyguide.model;

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
 */
public record Item(
    String id,
    ItemKind kind,
    String title,
    List<String> sectionPath,
    List<Inline> prompt,
    List<List<Inline>> followUps,
    List<Block> body,
    SourceRef source) {

  public Item {
    sectionPath = List.copyOf(sectionPath);
    prompt = List.copyOf(prompt);
    followUps = followUps.stream().map(List::copyOf).toList();
    body = List.copyOf(body);
  }

  public boolean isQuestion() {
    return kind == ItemKind.QUESTION;
  }
}
