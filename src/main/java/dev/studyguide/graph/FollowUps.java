package dev.studyguide.graph;

import dev.studyguide.model.Inline;
import dev.studyguide.model.Item;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The union of merged questions' follow-ups without repeats. Two follow-ups whose analysed words (stems and
 * topics) overlap by at least {@value #SAME} (Jaccard) are one wording, kept once. Two whose words overlap by at
 * least {@value #REWORDED} once each topic's names count as one word ("KL divergence", "Kullback-Leibler
 * Divergence") ask the same thing in other words: they become one follow-up that keeps both wordings, the later
 * one shown after the first ("also asked as: ..."). On the real sources the pairs of follow-ups of one question
 * score 0.60 for the two KL derivations and at most 0.45 for any two that ask different things.
 */
final class FollowUps {
  static final double SAME = 0.8;
  static final double REWORDED = 0.55;

  private FollowUps() {}

  /** One follow-up: its first wording and the other wordings of the same ask. */
  private record Group(List<Inline> wording, Set<String> terms, Set<String> concepts, List<List<Inline>> others) {}

  static List<List<Inline>> union(List<Item> members, ConceptAnalyzer analyzer) {
    List<Group> kept = new ArrayList<>();
    for (Item member : members) {
      for (List<Inline> followUp : member.followUps()) {
        String text = ProseText.of(followUp);
        Set<String> terms = new HashSet<>(analyzer.terms(text));
        Set<String> concepts = new HashSet<>(analyzer.conceptTerms(text));
        if (kept.stream().anyMatch(k -> jaccard(k.terms(), terms) >= SAME)) {
          continue;
        }
        kept.stream().filter(k -> jaccard(k.concepts(), concepts) >= REWORDED).findFirst().ifPresentOrElse(
            k -> k.others().add(followUp),
            () -> kept.add(new Group(followUp, terms, concepts, new ArrayList<>())));
      }
    }
    return kept.stream().map(FollowUps::inlines).toList();
  }

  /** The first wording, then each other one in emphasis: "... (also asked as: <em>...</em>)". */
  private static List<Inline> inlines(Group group) {
    if (group.others().isEmpty()) {
      return group.wording();
    }
    List<Inline> out = new ArrayList<>(group.wording());
    for (List<Inline> other : group.others()) {
      out.add(new Inline.Text(" (also asked as: "));
      out.add(new Inline.Styled(Inline.Style.EMPHASIS, other));
      out.add(new Inline.Text(")"));
    }
    return out;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return (double) both.size() / (a.size() + b.size() - both.size());
  }
}
