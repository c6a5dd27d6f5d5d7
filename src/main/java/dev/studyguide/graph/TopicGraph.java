package dev.studyguide.graph;

import dev.studyguide.graph.answer.Answers;
import dev.studyguide.model.Item;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The guide's structure: every topic of the taxonomy in file order with what was placed on it, every merged
 * question once, every note's placement, the editor's report, and the passages that answer each question. Lookups by id are built once, with the graph,
 * because every page of every output asks them.
 */
public record TopicGraph(
    Taxonomy taxonomy,
    List<TopicEntry> topics,
    List<MergedQuestion> questions,
    List<Placement> notes,
    GraphReport report,
    Answers answers,
    Lookups lookups) implements Serializable {

  /** The graph's items and topics by id. */
  public record Lookups(Map<String, TopicEntry> topicById, Map<String, MergedQuestion> questionByItem,
      Map<String, Placement> noteByItem) implements Serializable {
    static Lookups of(List<TopicEntry> topics, List<MergedQuestion> questions, List<Placement> notes) {
      return new Lookups(
          topics.stream().collect(Collectors.toUnmodifiableMap(t -> t.topic().id(), Function.identity())),
          questions.stream().flatMap(q -> q.members().stream().map(m -> Map.entry(m.id(), q)))
              .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue)),
          notes.stream().collect(Collectors.toUnmodifiableMap(p -> p.item().id(), Function.identity())));
    }
  }

  public TopicGraph {
    topics = List.copyOf(topics);
    questions = List.copyOf(questions);
    notes = List.copyOf(notes);
  }

  public TopicGraph(Taxonomy taxonomy, List<TopicEntry> topics, List<MergedQuestion> questions,
      List<Placement> notes, GraphReport report) {
    this(taxonomy, topics, questions, notes, report, Answers.NONE);
  }

  public TopicGraph(Taxonomy taxonomy, List<TopicEntry> topics, List<MergedQuestion> questions,
      List<Placement> notes, GraphReport report, Answers answers) {
    this(taxonomy, topics, questions, notes, report, answers, Lookups.of(topics, questions, notes));
  }

  public Optional<TopicEntry> topic(String id) {
    return Optional.ofNullable(lookups.topicById().get(id));
  }

  /** The merged question that holds an item, by item id. */
  public Map<String, MergedQuestion> questionByItem() {
    return lookups.questionByItem();
  }

  /** The placement of every note, by item id. */
  public Map<String, Placement> noteByItem() {
    return lookups.noteByItem();
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
