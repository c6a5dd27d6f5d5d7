package dev.studyguide.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds prerequisite cycles by depth-first search; each cycle is reported once, from its first topic. */
final class PrerequisiteCycles {
  private enum State { VISITING, DONE }

  private PrerequisiteCycles() {}

  static List<List<Topic>> find(Taxonomy taxonomy) {
    Map<String, Topic> byId = taxonomy.byId();
    Map<String, State> state = new HashMap<>();
    List<List<Topic>> cycles = new ArrayList<>();
    for (Topic topic : taxonomy.topics()) {
      visit(topic, byId, state, new ArrayList<>(), cycles);
    }
    return cycles;
  }

  private static void visit(Topic topic, Map<String, Topic> byId, Map<String, State> state,
      List<Topic> path, List<List<Topic>> cycles) {
    State seen = state.get(topic.id());
    if (seen == State.DONE) {
      return;
    }
    if (seen == State.VISITING) {
      List<Topic> cycle = new ArrayList<>(path.subList(path.indexOf(topic), path.size()));
      cycle.add(topic);
      cycles.add(cycle);
      return;
    }
    state.put(topic.id(), State.VISITING);
    path.add(topic);
    for (String id : topic.prerequisites()) {
      Topic next = byId.get(id);
      if (next != null) {
        visit(next, byId, state, path, cycles);
      }
    }
    path.remove(path.size() - 1);
    state.put(topic.id(), State.DONE);
  }
}
