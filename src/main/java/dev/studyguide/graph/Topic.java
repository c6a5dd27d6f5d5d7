package dev.studyguide.graph;

import java.io.Serializable;
import java.util.List;

/**
 * A concept from the taxonomy.
 *
 * @param aliases other names and abbreviations; they act as synonyms everywhere text is analysed
 * @param level 1 (basics) to 4 (research level)
 * @param prerequisites ids of topics to study first
 * @param line where topics.yaml defines it, for messages
 * @param parent id of the broader topic whose page shows this one as a section; empty for none
 */
public record Topic(
    String id,
    String title,
    String category,
    List<String> aliases,
    String summary,
    int level,
    List<String> prerequisites,
    int line,
    String parent) implements Serializable {
  public Topic {
    aliases = List.copyOf(aliases);
    prerequisites = List.copyOf(prerequisites);
  }

  /** A topic without a parent. */
  public Topic(String id, String title, String category, List<String> aliases, String summary, int level,
      List<String> prerequisites, int line) {
    this(id, title, category, aliases, summary, level, prerequisites, line, "");
  }

  public boolean hasParent() {
    return !parent.isEmpty();
  }

  /** The title followed by the aliases: every name the topic goes by. */
  public List<String> names() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(title), aliases.stream()).toList();
  }
}
