package dev.studyguide.graph.answer;

import java.io.Serializable;

/**
 * A passage shown as an answer to a question.
 *
 * @param score how well it answers, 0..1 by the {@link AnswerRule} (1 for an authored or pinned answer)
 * @param how where the link comes from
 */
public record LinkedAnswer(Passage passage, double score, How how) implements Serializable {

  public enum How {
    /** The question's own source answers it (001, 004): shown first, never replaced. */
    AUTHORED,
    /** An editor pinned it in overrides.yaml. */
    PINNED,
    /** Retrieved and judged by the rule. */
    RETRIEVED
  }

  public boolean authored() {
    return how == How.AUTHORED;
  }
}
