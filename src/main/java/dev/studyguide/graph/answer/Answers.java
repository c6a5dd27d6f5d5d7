package dev.studyguide.graph.answer;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Every question's answers in shown order (authored first), and what an editor reviews: links below the threshold
 * by a small margin, and the questions left with nothing.
 *
 * @param byQuestion by merged question id; a question with nothing is absent
 */
public record Answers(Map<String, List<LinkedAnswer>> byQuestion, List<Judgement> nearMisses, List<String> unanswered,
    int passages, double threshold) implements Serializable {
  public static final Answers NONE = new Answers(Map.of(), List.of(), List.of(), 0, AnswerRule.THRESHOLD);

  public Answers {
    byQuestion = Map.copyOf(byQuestion);
    nearMisses = List.copyOf(nearMisses);
    unanswered = List.copyOf(unanswered);
  }

  /** A question's answers, authored ones first; empty when the sources give none. */
  public List<LinkedAnswer> of(String questionId) {
    return byQuestion.getOrDefault(questionId, List.of());
  }

  /** Only the passages linked from elsewhere in the sources (retrieved or pinned). */
  public List<LinkedAnswer> linked(String questionId) {
    return of(questionId).stream().filter(a -> !a.authored()).toList();
  }

  /** How many questions have an authored answer, how many only a linked passage, how many nothing. */
  public Summary summary(int questions) {
    int authored = (int) byQuestion.values().stream().filter(l -> l.stream().anyMatch(LinkedAnswer::authored)).count();
    int linked = byQuestion.size() - authored;
    return new Summary(authored, linked, questions - authored - linked);
  }

  public record Summary(int authored, int linked, int nothing) {}

  /** One question-passage pair as the rule judged it. */
  public record Judgement(String questionId, String prompt, Passage passage, double score, String reason)
      implements Serializable {}
}
