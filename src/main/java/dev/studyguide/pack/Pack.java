package dev.studyguide.pack;

import dev.studyguide.graph.Category;
import dev.studyguide.graph.MergedQuestion;
import dev.studyguide.graph.TopicEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One study pack: its topics grouped by category, each category's topics in study order. Questions are
 * numbered once here, in reading order, so the questions and answers variants share their numbers.
 *
 * @param id names the pack's files ({@code packs/<id>.html})
 * @param parts the categories with their topics, only topics that hold a question or a note
 */
public record Pack(String id, String title, String description, Kind kind, List<Part> parts) {
  public Pack {
    parts = List.copyOf(parts);
  }

  public enum Kind {
    GUIDE("Whole guide"), CATEGORY("Category"), CUSTOM("Custom pack");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A category's topics in the pack, prerequisites first. */
  public record Part(Category category, List<TopicEntry> topics) {
    public Part {
      topics = List.copyOf(topics);
    }
  }

  public List<TopicEntry> topics() {
    return parts.stream().flatMap(p -> p.topics().stream()).toList();
  }

  public List<MergedQuestion> questions() {
    return topics().stream().flatMap(t -> t.questions().stream()).toList();
  }

  public int noteCount() {
    return topics().stream().mapToInt(t -> t.notes().size()).sum();
  }

  /**
   * Question id → its number in the pack, 1-based, in reading order; the whole guide numbers each category from
   * 1, as the category packs its PDFs are bound from do.
   */
  public Map<String, Integer> numbers() {
    Map<String, Integer> numbers = new HashMap<>();
    int number = 0;
    for (Part part : parts) {
      number = kind == Kind.GUIDE ? 0 : number;
      for (TopicEntry topic : part.topics()) {
        for (MergedQuestion q : topic.questions()) {
          numbers.put(q.id(), ++number);
        }
      }
    }
    return numbers;
  }
}
