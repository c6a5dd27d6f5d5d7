package dev.studyguide.graph;

import dev.studyguide.model.Item;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The guide's structure: every topic of the taxonomy in file order with what was placed on it, every merged
 * question once, every note's placement, and the editor's report.
 */
public record TopicGraph(
    Taxonomy taxonomy,
    List<TopicEntry> topics,
    List<MergedQuestion> questions,
    List<Placement> notes,
    GraphReport report) {
  public TopicGraph {
    topics = List.copyOf(topics);
    questions = List.copyOf(questions);
    notes = List.copyOf(notes);
  }

  public Optional<TopicEntry> topic(String id) {
    return topics.stream().filter(t -> t.topic().id().equals(id)).findFirst();
  }

  /** The merged question that holds an item, by item id. */
  public Map<String, MergedQuestion> questionByItem() {
    return questions.stream().flatMap(q -> q.members().stream().map(m -> Map.entry(m.id(), q)))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** The placement of every note, by item id. */
  public Map<String, Placement> noteByItem() {
    return notes.stream().collect(Collectors.toMap(p -> p.item().id(), Function.identity()));
  }

  public List<TopicEntry> topicsIn(String categoryId) {
    return topics.stream().filter(t -> t.topic().category().equals(categoryId)).toList();
  }

  /** An item's topic: the merged question's for a question, the note's own for a note. */
  public Optional<String> topicOf(Item item) {
    if (item.isQuestion()) {
      return Optional.ofNullable(questionByItem().get(item.id())).map(q -> q.placement().topic());
    }
    return Optional.ofNullable(noteByItem().get(item.id())).map(Placement::topic);
  }
}
