package dev.studyguide.render;

import dev.studyguide.graph.MergedQuestion;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A merged question as HTML fragments, written once and used by every output.
 *
 * @param promptHtml the canonical prompt (no links: it reads as a heading)
 * @param answers one per member that has an answer, each with its source badge
 * @param linkedTopics topics its prose links to
 */
public record RenderedQuestion(
    MergedQuestion question,
    String promptHtml,
    List<String> phrasingsHtml,
    List<String> followUpsHtml,
    List<Answer> answers,
    List<SourceBadge> sources,
    Set<String> linkedTopics) {
  public RenderedQuestion {
    phrasingsHtml = List.copyOf(phrasingsHtml);
    followUpsHtml = List.copyOf(followUpsHtml);
    answers = List.copyOf(answers);
    sources = List.copyOf(sources);
    linkedTopics = Collections.unmodifiableSet(new LinkedHashSet<>(linkedTopics));
  }

  public String id() {
    return question.id();
  }

  public record Answer(String html, SourceBadge source) {}
}
