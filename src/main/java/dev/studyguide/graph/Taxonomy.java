package dev.studyguide.graph;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Categories and topics as the editors wrote them in topics.yaml, in file order. */
public record Taxonomy(List<Category> categories, List<Topic> topics) implements Serializable {
  public Taxonomy {
    categories = List.copyOf(categories);
    topics = List.copyOf(topics);
  }

  public Optional<Topic> topic(String id) {
    return Optional.ofNullable(byId().get(id));
  }

  public Map<String, Topic> byId() {
    return topics.stream().collect(Collectors.toMap(Topic::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  /** The taxonomy as topics.yaml has it, without the places the build adds for items that fit no topic. */
  public Taxonomy authored() {
    if (topics.stream().noneMatch(MoreQuestions::isBuilt)) {
      return this;
    }
    return new Taxonomy(categories.stream().filter(c -> !c.id().equals(MoreQuestions.UNSORTED)).toList(),
        topics.stream().filter(t -> !MoreQuestions.isBuilt(t)).toList());
  }

  public List<Topic> topicsIn(String categoryId) {
    return topics.stream().filter(t -> t.category().equals(categoryId)).toList();
  }
}
