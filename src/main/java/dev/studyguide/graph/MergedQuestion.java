package dev.studyguide.graph;

import dev.studyguide.model.Inline;
import dev.studyguide.model.Inlines;
import dev.studyguide.model.Item;
import dev.studyguide.model.SourceRef;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One question as the guide asks it: every source's phrasing, the union of follow-ups, every answer, every
 * source. Its id is its first member's, so it stays put when documents are added after it.
 */
public record MergedQuestion(String id, List<Item> members, List<List<Inline>> followUps, Placement placement)
    implements Serializable {
  public MergedQuestion {
    members = List.copyOf(members);
    followUps = followUps.stream().map(List::copyOf).toList();
  }

  public Item canonical() {
    return members.get(0);
  }

  /**
   * The short title a source gives the question (001's "Bias-Variance Decomposition: The Math", 000's numbered
   * headings): the first member's that has one; empty when none has.
   */
  public String title() {
    return members.stream().map(m -> m.title().strip()).filter(t -> !t.isEmpty()).findFirst().orElse("");
  }

  /** The other members' prompts whose wording differs from the canonical one. */
  public List<List<Inline>> otherPhrasings() {
    Set<String> seen = new LinkedHashSet<>();
    seen.add(Inlines.plainText(canonical().prompt()).strip());
    List<List<Inline>> out = new ArrayList<>();
    for (Item member : members.subList(1, members.size())) {
      if (seen.add(Inlines.plainText(member.prompt()).strip())) {
        out.add(member.prompt());
      }
    }
    return out;
  }

  public List<SourceRef> sources() {
    return members.stream().map(Item::source).toList();
  }

  /**
   * How hard the sources say it is: the first member's that says (members merged across documents rarely
   * disagree, and the canonical phrasing's document comes first); empty when none says.
   */
  public String difficulty() {
    return members.stream().map(Item::difficulty).filter(d -> !d.isEmpty()).findFirst().orElse("");
  }

  /** Members that come with an answer. */
  public List<Item> answered() {
    return members.stream().filter(m -> !m.body().isEmpty()).toList();
  }
}
