package dev.studyguide.graph;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Applies overrides.yaml's merge and split groups, reporting references that match no question. */
final class OverrideGroups {
  private OverrideGroups() {}

  static void applySplits(Groups groups, Overrides overrides, List<Diagnostic> diagnostics) {
    for (Overrides.Group split : overrides.splits()) {
      resolve(split, groups, diagnostics).ifPresent(groups::keepApart);
    }
  }

  static List<MergeDecision> applyMerges(Groups groups, Overrides overrides, List<Diagnostic> diagnostics) {
    List<MergeDecision> out = new ArrayList<>();
    for (Overrides.Group merge : overrides.merges()) {
      resolve(merge, groups, diagnostics).ifPresent(items -> {
        for (int i = 1; i < items.size(); i++) {
          if (!groups.sameGroup(items.get(0), items.get(i))) {
            groups.forceUnion(items.get(0), items.get(i));
            out.add(new MergeDecision(items.get(0), items.get(i), 1.0, "merged by overrides.yaml line "
                + merge.line()));
          }
        }
      });
    }
    return out;
  }

  private static Optional<List<Item>> resolve(Overrides.Group group, Groups groups, List<Diagnostic> diagnostics) {
    List<Item> items = new ArrayList<>();
    boolean complete = true;
    for (ItemRef ref : group.items()) {
      Optional<Item> item = groups.groups().stream().flatMap(List::stream).filter(ref::matches).findFirst();
      if (item.isEmpty()) {
        complete = false;
        diagnostics.add(Diagnostic.warning(OverridesLoader.FILE_NAME, ref.line(),
            "'" + ref.text() + "' matches no question", "use an item id or 'FILE LABEL' as in graph --report"));
      } else {
        items.add(item.get());
      }
    }
    return complete ? Optional.of(items) : Optional.empty();
  }
}
