package dev.studyguide.source.read;

import java.util.Arrays;
import java.util.List;

/**
 * Which numbered entry continues which. The PDF export lost list indentation and broke numbered lists apart
 * with formulas, "where:" paragraphs and bullets (002's TD Learning: {@code 1.} … bullets … {@code 2.} …), so the
 * numbers are the reliable signal: entry n+1 continues entry n, and everything between them belongs to entry n.
 *
 * <p>The successor of entry n is the next entry numbered n+1 at the same depth, unless an entry numbered n or
 * lower at that depth starts a new list first. Failing that, because the export sometimes dropped the
 * indentation of later entries ({@code  3.} then {@code 4.}), it is the next entry numbered n+1 at any depth,
 * unless any entry numbered n or lower comes first.
 */
final class NumberedChains {
  private final int[] successor;
  private final int[] predecessor;

  NumberedChains(List<SheetUnit> units) {
    successor = new int[units.size()];
    predecessor = new int[units.size()];
    Arrays.fill(successor, -1);
    Arrays.fill(predecessor, -1);
    for (int i = 0; i < units.size(); i++) {
      if (units.get(i) instanceof SheetUnit.Entry entry && entry.ordered()) {
        int next = find(units, i, entry, true);
        if (next < 0) {
          next = find(units, i, entry, false);
        }
        if (next >= 0 && predecessor[next] < 0) {
          successor[i] = next;
          predecessor[next] = i;
        }
      }
    }
  }

  private static int find(List<SheetUnit> units, int from, SheetUnit.Entry entry, boolean sameDepth) {
    for (int j = from + 1; j < units.size(); j++) {
      if (units.get(j) instanceof SheetUnit.Entry other && other.ordered()
          && (!sameDepth || other.depth() == entry.depth())) {
        if (other.number() == entry.number() + 1) {
          return j;
        }
        if (other.number() <= entry.number()) {
          return -1;
        }
      }
    }
    return -1;
  }

  /** The index of the entry that continues the numbered entry at {@code index}, or -1. */
  int successor(int index) {
    return successor[index];
  }

  /** The index of the numbered entry that the entry at {@code index} continues, or -1. */
  int predecessor(int index) {
    return predecessor[index];
  }
}
