package dev.studyguide.graph;

import dev.studyguide.model.Item;
import java.io.Serializable;
import java.util.List;

/**
 * A topic with everything placed on it: its own questions and notes, those it shares with other topics
 * ("also listed"), and its related topics, strongest first.
 */
public record TopicEntry(
    Topic topic,
    List<MergedQuestion> questions,
    List<Item> notes,
    List<MergedQuestion> alsoQuestions,
    List<Item> alsoNotes,
    List<Link> related) implements Serializable {
  public TopicEntry {
    questions = List.copyOf(questions);
    notes = List.copyOf(notes);
    alsoQuestions = List.copyOf(alsoQuestions);
    alsoNotes = List.copyOf(alsoNotes);
    related = List.copyOf(related);
  }

  /** Nothing placed here, not even items listed from other topics: the sources only mention it. */
  public boolean isEmpty() {
    return questions.isEmpty() && notes.isEmpty() && alsoQuestions.isEmpty() && alsoNotes.isEmpty();
  }
}
