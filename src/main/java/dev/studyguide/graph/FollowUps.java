package dev.studyguide.graph;

import dev.studyguide.model.Inline;
import dev.studyguide.model.Item;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The union of merged questions' follow-ups without repeats: two follow-ups are the same when their analysed
 * words (stems and topics) overlap by at least {@value #SAME} (Jaccard), so rewordings of one follow-up count once.
 */
final class FollowUps {
  static final double SAME = 0.8;

  private FollowUps() {}

  static List<List<Inline>> union(List<Item> members, ConceptAnalyzer analyzer) {
    List<List<Inline>> out = new ArrayList<>();
    List<Set<String>> kept = new ArrayList<>();
    for (Item member : members) {
      for (List<Inline> followUp : member.followUps()) {
        Set<String> terms = new HashSet<>(analyzer.terms(ProseText.of(followUp)));
        if (kept.stream().noneMatch(k -> jaccard(k, terms) >= SAME)) {
          kept.add(terms);
          out.add(followUp);
        }
      }
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
