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
 * @param fromSources passages elsewhere in the sources linked as answering it, best first (empty when none)
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
    List<FromSource> fromSources,
    List<SourceBadge> sources,
    Set<String> linkedTopics,
    List<String> memberPromptsHtml) {
  public RenderedQuestion {
    memberPromptsHtml = List.copyOf(memberPromptsHtml);
    phrasingsHtml = List.copyOf(phrasingsHtml);
    followUpsHtml = List.copyOf(followUpsHtml);
    answers = List.copyOf(answers);
    fromSources = List.copyOf(fromSources);
    sources = List.copyOf(sources);
    linkedTopics = Collections.unmodifiableSet(new LinkedHashSet<>(linkedTopics));
  }

  public RenderedQuestion(MergedQuestion question, String promptHtml, List<String> phrasingsHtml,
      List<String> followUpsHtml, List<Answer> answers, List<SourceBadge> sources, Set<String> linkedTopics,
      List<String> memberPromptsHtml) {
    this(question, promptHtml, phrasingsHtml, followUpsHtml, answers, List.of(), sources, linkedTopics,
        memberPromptsHtml);
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

  /**
   * A passage from elsewhere in the sources that answers the question.
   *
   * @param title what the passage is called (its note's title, or the question it answers), escaped
   * @param home where it lives in the guide, relative to a fragment's page ({@code ../topics/x.html#id})
   * @param homeTopic the id of the topic it lives on
   * @param long whether it is long enough that print shows its title and page instead of its text
   */
  public record FromSource(String titleHtml, String html, SourceBadge source, String home, String homeTopic,
      String homeAnchor, double score, boolean isLong) {}
}
