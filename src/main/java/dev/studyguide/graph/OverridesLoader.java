package dev.studyguide.graph;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.source.YamlFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the optional {@code overrides.yaml}; a missing file means no overrides. */
public final class OverridesLoader {
  public static final String FILE_NAME = "overrides.yaml";

  private OverridesLoader() {}

  public static Overrides load(Path contentDir, List<Diagnostic> diagnostics) {
    Path file = contentDir.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return Overrides.NONE;
    }
    Optional<Node> root = YamlFile.parse(file, diagnostics);
    if (root.isEmpty()) {
      return Overrides.NONE;
    }
    YamlFile yaml = YamlFile.reporting(FILE_NAME, diagnostics);
    Optional<Map<String, Node>> top = yaml.mapping(root.get(), FILE_NAME);
    if (top.isEmpty()) {
      return Overrides.NONE;
    }
    Map<String, Node> answers = top.get().get("answers") == null ? Map.of()
        : yaml.mapping(top.get().get("answers"), "answers").orElse(Map.of());
    return new Overrides(groups(yaml, top.get().get("merge"), "merge"), groups(yaml, top.get().get("split"), "split"),
        pins(yaml, top.get().get("pin")), answerChoices(yaml, answers.get("pin"), "answers pin"),
        answerChoices(yaml, answers.get("reject"), "answers reject"));
  }

  /** {@code - question: "000 #12"  passage: "002 1.12.3"  line: 405} (line optional: one part of a long item). */
  private static List<Overrides.AnswerChoice> answerChoices(YamlFile yaml, Node node, String what) {
    List<Overrides.AnswerChoice> out = new ArrayList<>();
    for (Node element : yaml.sequence(node, what)) {
      yaml.mapping(element, "an entry of " + what).ifPresent(map -> {
        Optional<String> question = yaml.string(map, "question", element);
        Optional<String> passage = yaml.string(map, "passage", element);
        int atLine = 0;
        if (map.containsKey("line")) {
          Optional<String> text = yaml.scalar(map.get("line"), "line");
          if (text.isPresent() && text.get().strip().matches("[0-9]{1,7}")) {
            atLine = Integer.parseInt(text.get().strip());
          } else {
            yaml.error(map.get("line"), what + ": line must be a source line number");
          }
        }
        if (question.isPresent() && passage.isPresent()) {
          int line = YamlFile.line(element);
          out.add(new Overrides.AnswerChoice(new ItemRef(question.get(), line), new ItemRef(passage.get(), line),
              atLine, line));
        }
      });
    }
    return out;
  }

  private static List<Overrides.Group> groups(YamlFile yaml, Node node, String what) {
    List<Overrides.Group> out = new ArrayList<>();
    for (Node element : yaml.sequence(node, what)) {
      List<ItemRef> refs = new ArrayList<>();
      for (Node ref : yaml.sequence(element, what + " entry")) {
        yaml.scalar(ref, what).ifPresent(text -> refs.add(new ItemRef(text, YamlFile.line(ref))));
      }
      if (refs.size() < 2) {
        yaml.error(element, what + " needs at least two items");
      } else {
        out.add(new Overrides.Group(refs, YamlFile.line(element)));
      }
    }
    return out;
  }

  private static List<Overrides.Pin> pins(YamlFile yaml, Node node) {
    List<Overrides.Pin> out = new ArrayList<>();
    for (Node element : yaml.sequence(node, "pin")) {
      yaml.mapping(element, "a pin").ifPresent(map -> {
        Optional<String> item = yaml.string(map, "item", element);
        Optional<String> topic = yaml.string(map, "topic", element);
        if (item.isPresent() && topic.isPresent()) {
          out.add(new Overrides.Pin(new ItemRef(item.get(), YamlFile.line(element)), topic.get(),
              YamlFile.line(element)));
        }
      });
    }
    return out;
  }
}
