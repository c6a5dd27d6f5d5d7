package dev.studyguide.render;

import dev.studyguide.graph.MergedQuestion;
import dev.studyguide.model.Item;
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
 * @param memberPromptsHtml every member's own prompt, in member order (for the source pages, which list each
 *     source's wording)
 */
public record RenderedQuestion(
    MergedQuestion question,
    String promptHtml,
    List<String> phrasingsHtml,
    List<String> followUpsHtml,
    List<Answer> answers,
    List<SourceBadge> sources,
    Set<String> linkedTopics,
    List<String> memberPromptsHtml) {
  public RenderedQuestion {
    memberPromptsHtml = List.copyOf(memberPromptsHtml);
    phrasingsHtml = List.copyOf(phrasingsHtml);
    followUpsHtml = List.copyOf(followUpsHtml);
    answers = List.copyOf(answers);
    sources = List.copyOf(sources);
    linkedTopics = Collections.unmodifiableSet(new LinkedHashSet<>(linkedTopics));
  }

  public String id() {
    return question.id();
  }

  /** The prompt of one member as its source words it. */
  public String promptHtmlOf(String itemId) {
    List<Item> members = question.members();
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).id().equals(itemId)) {
        return memberPromptsHtml.get(i);
      }
    }
    throw new IllegalArgumentException(itemId + " is not a member of " + id());
  }

  public record Answer(String html, SourceBadge source) {}
}
