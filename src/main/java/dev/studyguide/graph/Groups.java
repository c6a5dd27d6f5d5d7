package dev.studyguide.graph;

import dev.studyguide.model.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Union-find over questions, with pairs that must never share a group. Groups list their members in source
 * order and come out ordered by their first member.
 */
final class Groups {
  private final List<Item> items;
  private final Map<String, Integer> index = new HashMap<>();
  private final int[] parent;
  private final List<Set<Integer>> forbidden = new ArrayList<>();

  Groups(List<Item> items) {
    this.items = items;
    this.parent = new int[items.size()];
    for (int i = 0; i < items.size(); i++) {
      parent[i] = i;
      index.put(items.get(i).id(), i);
    }
  }

  /** Keeps these items in different groups from now on. */
  void keepApart(List<Item> apart) {
    Set<Integer> set = new HashSet<>();
    apart.forEach(item -> set.add(index.get(item.id())));
    forbidden.add(set);
  }

  boolean sameGroup(Item a, Item b) {
    return find(index.get(a.id())) == find(index.get(b.id()));
  }

  /** Joins the groups of a and b unless that would join items kept apart; true when it joined them. */
  boolean union(Item a, Item b) {
    int ra = find(index.get(a.id()));
    int rb = find(index.get(b.id()));
    if (ra == rb || wouldBreakSplit(ra, rb)) {
      return false;
    }
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
    return true;
  }

  /** Joins regardless of splits (an editor's explicit merge wins). */
  void forceUnion(Item a, Item b) {
    int ra = find(index.get(a.id()));
    int rb = find(index.get(b.id()));
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  List<List<Item>> groups() {
    Map<Integer, List<Item>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      byRoot.computeIfAbsent(find(i), k -> new ArrayList<>()).add(items.get(i));
    }
    return List.copyOf(byRoot.values());
  }

  private boolean wouldBreakSplit(int ra, int rb) {
    for (Set<Integer> apart : forbidden) {
      boolean inA = apart.stream().anyMatch(i -> find(i) == ra);
      boolean inB = apart.stream().anyMatch(i -> find(i) == rb);
      if (inA && inB) {
        return true;
      }
    }
    return false;
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
