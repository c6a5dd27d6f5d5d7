package dev.studyguide.graph;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.source.MarkupScan;
import dev.studyguide.source.YamlFile;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code topics.yaml} and checks it: unique ids, known categories and prerequisites, no prerequisite
 * cycle, and no name shared by two topics (a shared alias would make topic assignment a coin toss).
 */
public final class TaxonomyLoader {
  public static final String FILE_NAME = "topics.yaml";
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  // Compiled once: key() runs for every name of every topic on each build (String.replaceAll compiles per call).
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-–]+");

  private TaxonomyLoader() {}

  public static Optional<Taxonomy> load(Path contentDir, List<Diagnostic> diagnostics) {
    int before = diagnostics.size();
    Optional<Node> root = YamlFile.parse(contentDir.resolve(FILE_NAME), diagnostics);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    YamlFile yaml = YamlFile.reporting(FILE_NAME, diagnostics);
    Optional<Map<String, Node>> top = yaml.mapping(root.get(), FILE_NAME);
    if (top.isEmpty()) {
      return Optional.empty();
    }
    List<Category> categories = categories(yaml, top.get().get("categories"));
    List<Topic> topics = topics(yaml, top.get().get("topics"));
    Taxonomy taxonomy = new Taxonomy(categories, topics);
    checkReferences(taxonomy, diagnostics);
    checkNames(taxonomy, diagnostics);
    PrerequisiteCycles.find(taxonomy).forEach(cycle -> diagnostics.add(Diagnostic.error(FILE_NAME,
        cycle.get(0).line(), "prerequisite cycle: " + String.join(" → ", cycle.stream().map(Topic::id).toList()),
        "remove one of these prerequisites")));
    boolean failed = diagnostics.subList(before, diagnostics.size()).stream().anyMatch(Diagnostic::isError);
    return failed ? Optional.empty() : Optional.of(taxonomy);
  }

  private static List<Category> categories(YamlFile yaml, Node node) {
    List<Category> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Node element : yaml.sequence(node, "categories")) {
      yaml.mapping(element, "a category").ifPresent(map -> {
        Optional<String> id = yaml.string(map, "id", element);
        Optional<String> title = yaml.string(map, "title", element);
        if (id.isPresent() && title.isPresent() && validId(yaml, element, id.get(), seen)) {
          warnAboutMarkup(yaml, map, "category '" + id.get() + "'");
          out.add(new Category(id.get(), title.get(), yaml.optionalString(map, "summary", "")));
        }
      });
    }
    return out;
  }

  private static List<Topic> topics(YamlFile yaml, Node node) {
    List<Topic> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Node element : yaml.sequence(node, "topics")) {
      yaml.mapping(element, "a topic").ifPresent(map -> {
        Optional<String> id = yaml.string(map, "id", element);
        Optional<String> title = yaml.string(map, "title", element);
        Optional<String> category = yaml.string(map, "category", element);
        if (id.isEmpty() || title.isEmpty() || category.isEmpty() || !validId(yaml, element, id.get(), seen)) {
          return;
        }
        warnAboutMarkup(yaml, map, "topic '" + id.get() + "'");
        int level = level(yaml, map.get("level"));
        out.add(new Topic(id.get(), title.get(), category.get(), yaml.strings(map, "aliases"),
            yaml.optionalString(map, "summary", ""), level, yaml.strings(map, "prerequisites"),
            YamlFile.line(element), yaml.optionalString(map, "parent", "")));
      });
    }
    return out;
  }

  /** Markup in a name or summary is shown as text, never run; the editor is told, as for markup in a source. */
  private static void warnAboutMarkup(YamlFile yaml, Map<String, Node> map, String owner) {
    for (String key : List.of("title", "aliases", "summary")) {
      Node value = map.get(key);
      List<Node> values = value instanceof SequenceNode list ? list.getValue() : value == null ? List.of() : List.of(value);
      for (Node node : values) {
        if (node instanceof ScalarNode scalar) {
          MarkupScan.firstTag(scalar.getValue()).ifPresent(tag -> yaml.warning(node, "HTML tag " + tag + " in the "
              + key + " of " + owner, "it is shown as text, never run; write plain text instead"));
        }
      }
    }
  }

  private static boolean validId(YamlFile yaml, Node element, String id, Set<String> seen) {
    if (!ID.matcher(id).matches()) {
      yaml.error(element, "id '" + id + "' must be lowercase words joined by hyphens");
      return false;
    }
    if (!seen.add(id)) {
      yaml.error(element, "id '" + id + "' is defined twice");
      return false;
    }
    return true;
  }

  private static int level(YamlFile yaml, Node node) {
    if (node == null) {
      return 2;
    }
    Optional<String> text = yaml.scalar(node, "level");
    if (text.isPresent() && text.get().matches("[1-4]")) {
      return Integer.parseInt(text.get());
    }
    yaml.error(node, "level must be 1, 2, 3 or 4");
    return 2;
  }

  private static void checkReferences(Taxonomy taxonomy, List<Diagnostic> diagnostics) {
    Set<String> categories = new HashSet<>();
    taxonomy.categories().forEach(c -> categories.add(c.id()));
    Map<String, Topic> topics = taxonomy.byId();
    for (Topic topic : taxonomy.topics()) {
      if (!categories.contains(topic.category())) {
        diagnostics.add(Diagnostic.error(FILE_NAME, topic.line(),
            "topic '" + topic.id() + "' names unknown category '" + topic.category() + "'",
            "use one of the ids under 'categories:'"));
      }
      checkParent(topic, topics, diagnostics);
      for (String prerequisite : topic.prerequisites()) {
        if (!topics.containsKey(prerequisite)) {
          diagnostics.add(Diagnostic.error(FILE_NAME, topic.line(),
              "topic '" + topic.id() + "' has unknown prerequisite '" + prerequisite + "'",
              "use a topic id defined in this file"));
        }
      }
    }
  }

  /** A parent is another known topic, and following parents never comes back to where it started. */
  private static void checkParent(Topic topic, Map<String, Topic> topics, List<Diagnostic> diagnostics) {
    if (!topic.hasParent()) {
      return;
    }
    if (!topics.containsKey(topic.parent())) {
      diagnostics.add(Diagnostic.error(FILE_NAME, topic.line(),
          "topic '" + topic.id() + "' has unknown parent '" + topic.parent() + "'", "use a topic id defined in this file"));
      return;
    }
    Set<String> seen = new HashSet<>(List.of(topic.id()));
    for (Topic up = topics.get(topic.parent()); up != null; up = up.hasParent() ? topics.get(up.parent()) : null) {
      if (!seen.add(up.id())) {
        diagnostics.add(Diagnostic.error(FILE_NAME, topic.line(), "topic '" + topic.id()
            + "' is its own ancestor through its parents", "give one of these topics another parent or none"));
        return;
      }
    }
  }

  private static void checkNames(Taxonomy taxonomy, List<Diagnostic> diagnostics) {
    Map<String, Topic> owner = new HashMap<>();
    for (Topic topic : taxonomy.topics()) {
      for (String name : topic.names()) {
        Topic other = owner.putIfAbsent(key(name), topic);
        if (other != null && other != topic) {
          diagnostics.add(Diagnostic.error(FILE_NAME, topic.line(),
              "name '" + name + "' of topic '" + topic.id() + "' is also a name of '" + other.id() + "'",
              "a name may belong to one topic only; drop or qualify one of them"));
        }
      }
    }
  }

  /** Names compare case- and accent-insensitively, with hyphens and spaces alike. */
  static String key(String name) {
    String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    return SEPARATORS.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
