package dev.studyguide.pack;

import dev.studyguide.graph.Category;
import dev.studyguide.graph.StudyOrder;
import dev.studyguide.graph.TopicEntry;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.GuideConfig;
import dev.studyguide.source.GuideConfigLoader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which packs the guide has: the whole guide, one per category, then the packs guide.yaml defines. A pack
 * holds only topics with a question or a note; an unknown topic or category id in a defined pack is reported
 * at its line and left out.
 */
public final class PackPlanner {
  /** The whole guide's pack id; categories and defined packs may not use it. */
  public static final String GUIDE_ID = "guide";

  private PackPlanner() {}

  public static List<Pack> plan(TopicGraph graph, GuideConfig config, List<Diagnostic> diagnostics) {
    List<Pack> packs = new ArrayList<>();
    List<Category> categories = graph.taxonomy().categories();
    packs.add(new Pack(GUIDE_ID, "The whole guide", "Every topic of every category.", Pack.Kind.GUIDE,
        parts(graph, categories, null)));
    Set<String> ids = new HashSet<>(Set.of(GUIDE_ID));
    for (Category category : categories) {
      ids.add(category.id());
      packs.add(new Pack(category.id(), category.title(), category.summary(), Pack.Kind.CATEGORY,
          parts(graph, List.of(category), null)));
    }
    for (GuideConfig.PackEntry entry : config.packs()) {
      if (!ids.add(entry.id())) {
        diagnostics.add(Diagnostic.warning(GuideConfigLoader.FILE_NAME, entry.line(), "pack '" + entry.id()
            + "' has the id of a built-in pack", "rename it; the built-in pack is kept"));
        continue;
      }
      Set<String> topics = chosenTopics(graph, entry, diagnostics);
      Pack pack = new Pack(entry.id(), entry.title(), entry.description(), Pack.Kind.CUSTOM,
          parts(graph, categories, topics));
      if (pack.topics().isEmpty()) {
        diagnostics.add(Diagnostic.warning(GuideConfigLoader.FILE_NAME, entry.line(), "pack '" + entry.id()
            + "' has no topic with a question or a note", "list topics that hold content; the pack is left out"));
        continue;
      }
      packs.add(pack);
    }
    return packs;
  }

  /** The topic ids a defined pack names, directly or through its categories; unknown ids are reported. */
  private static Set<String> chosenTopics(TopicGraph graph, GuideConfig.PackEntry entry,
      List<Diagnostic> diagnostics) {
    Set<String> topics = new LinkedHashSet<>();
    for (String id : entry.topics()) {
      if (graph.taxonomy().topic(id).isPresent()) {
        topics.add(id);
      } else {
        diagnostics.add(Diagnostic.warning(GuideConfigLoader.FILE_NAME, entry.line(), "pack '" + entry.id()
            + "' names unknown topic '" + id + "'", "use a topic id from topics.yaml"));
      }
    }
    for (String id : entry.categories()) {
      List<TopicEntry> inCategory = graph.topicsIn(id);
      if (inCategory.isEmpty()) {
        diagnostics.add(Diagnostic.warning(GuideConfigLoader.FILE_NAME, entry.line(), "pack '" + entry.id()
            + "' names unknown category '" + id + "'", "use a category id from topics.yaml"));
      }
      inCategory.forEach(t -> topics.add(t.topic().id()));
    }
    return topics;
  }

  /** Each category's chosen topics with content, in study order; {@code chosen == null} takes them all. */
  private static List<Pack.Part> parts(TopicGraph graph, List<Category> categories, Set<String> chosen) {
    List<Pack.Part> parts = new ArrayList<>();
    for (Category category : categories) {
      List<TopicEntry> entries = graph.topicsIn(category.id()).stream()
          .filter(e -> chosen == null || chosen.contains(e.topic().id()))
          .filter(e -> !e.questions().isEmpty() || !e.notes().isEmpty())
          .toList();
      List<TopicEntry> ordered = StudyOrder.of(entries.stream().map(TopicEntry::topic).toList()).stream()
          .map(t -> entries.stream().filter(e -> e.topic().id().equals(t.id())).findFirst().orElseThrow())
          .toList();
      if (!ordered.isEmpty()) {
        parts.add(new Pack.Part(category, ordered));
      }
    }
    return parts;
  }
}
