package dev.studyguide.bench;

import java.util.List;

/** A document cut into frame lines, which stay where they are, and units, which move between slots of a kind. */
record Layout(List<Part> parts) {
  Layout {
    parts = List.copyOf(parts);
  }

  /** One piece of the document, in order. */
  sealed interface Part permits Frame, Unit {}

  /** A line that belongs to the document's frame: front matter, filler, group headings, rules, footers. */
  record Frame(String line) implements Part {}

  /**
   * A movable piece (a question, a section) whose first line carries its number; {@code kind} says which
   * slots it may move to.
   */
  record Unit(String kind, List<String> lines) implements Part {
    Unit {
      lines = List.copyOf(lines);
    }

    String header() {
      return lines.get(0);
    }
  }

  List<Unit> units() {
    return parts.stream().filter(p -> p instanceof Unit).map(p -> (Unit) p).toList();
  }
}
