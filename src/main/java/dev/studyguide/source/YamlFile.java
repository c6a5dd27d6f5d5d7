package dev.studyguide.source;

import dev.studyguide.model.Diagnostic;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A YAML data file read as SnakeYAML nodes, which keep line numbers, with typed accessors that turn every
 * shape problem into a diagnostic at {@code file:line}. Editors' data files (guide, topics, overrides) all
 * go through here so their messages look alike.
 */
public final class YamlFile {
  private final String name;
  private final List<Diagnostic> diagnostics;

  private YamlFile(String name, List<Diagnostic> diagnostics) {
    this.name = name;
    this.diagnostics = diagnostics;
  }

  /** The root node, or empty after reporting why the file could not be parsed. */
  public static Optional<Node> parse(Path path, List<Diagnostic> diagnostics) {
    String name = path.getFileName().toString();
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      Node root = compose(reader);
      if (root == null) {
        diagnostics.add(Diagnostic.error(name, 0, "data file is empty", "see the comment at the top of the file"));
      }
      return Optional.ofNullable(root);
    } catch (NoSuchFileException e) {
      diagnostics.add(Diagnostic.error(name, 0, "data file is missing", "create " + path));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      // The problem often shows a line after the mistake: name where the unfinished construct began.
      String where = e.getContext() == null || e.getContextMark() == null
          || e.getContextMark().getLine() + 1 == line ? ""
          : " in " + e.getContext().replaceFirst("^while (parsing|scanning) ", "") + " begun at line "
              + (e.getContextMark().getLine() + 1);
      diagnostics.add(Diagnostic.error(name, line, "YAML syntax error" + where + ": " + e.getProblem(),
          "fix the indentation or quoting at this line"));
    } catch (YAMLException | IOException e) {
      if (e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException) {
        diagnostics.add(Diagnostic.error(name, 0, "not valid UTF-8", "re-save the file as UTF-8"));
      } else {
        diagnostics.add(Diagnostic.error(name, 0, "cannot read data file: " + e.getMessage(), "fix or restore it"));
      }
    }
    return Optional.empty();
  }

  /**
   * What {@code new Yaml().compose(reader)} does, without building the {@code Yaml} facade: its object
   * constructor and representer, unused here, cost a tenth of a second at start-up (java.util.logging, bean
   * introspection).
   */
  private static Node compose(Reader reader) {
    LoaderOptions options = new LoaderOptions();
    return new Composer(new ParserImpl(new StreamReader(reader), options), new Resolver(), options).getSingleNode();
  }

  /** Accessors that report into {@code diagnostics} under the file's {@code name}. */
  public static YamlFile reporting(String name, List<Diagnostic> diagnostics) {
    return new YamlFile(name, diagnostics);
  }

  public static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  /** The keys of a mapping in file order, or empty after reporting that the node is no mapping. */
  public Optional<Map<String, Node>> mapping(Node node, String what) {
    if (!(node instanceof MappingNode map)) {
      error(node, what + " must be a mapping (key: value lines)");
      return Optional.empty();
    }
    Map<String, Node> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : map.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key) {
        entries.put(key.getValue(), tuple.getValueNode());
      }
    }
    return Optional.of(entries);
  }

  public List<Node> sequence(Node node, String what) {
    if (node == null) {
      return List.of();
    }
    if (node instanceof SequenceNode seq) {
      return seq.getValue();
    }
    error(node, what + " must be a list");
    return List.of();
  }

  /** A required string value; reports and returns empty when absent or not a scalar. */
  public Optional<String> string(Map<String, Node> map, String key, Node owner) {
    Node value = map.get(key);
    if (value == null) {
      error(owner, "missing '" + key + "'");
      return Optional.empty();
    }
    return scalar(value, key);
  }

  public String optionalString(Map<String, Node> map, String key, String fallback) {
    Node value = map.get(key);
    return value == null ? fallback : scalar(value, key).orElse(fallback);
  }

  public Optional<String> scalar(Node node, String what) {
    if (node instanceof ScalarNode scalar) {
      return Optional.of(scalar.getValue().strip());
    }
    error(node, "'" + what + "' must be a single value");
    return Optional.empty();
  }

  /** A list of strings (a YAML list or a single value). */
  public List<String> strings(Map<String, Node> map, String key) {
    Node value = map.get(key);
    if (value == null) {
      return List.of();
    }
    if (value instanceof ScalarNode scalar) {
      return scalar.getValue().isBlank() ? List.of() : List.of(scalar.getValue().strip());
    }
    List<String> out = new ArrayList<>();
    for (Node element : sequence(value, key)) {
      scalar(element, key).ifPresent(out::add);
    }
    return out;
  }

  public void error(Node node, String message) {
    diagnostics.add(Diagnostic.error(name, line(node), message, "see the comment at the top of " + name));
  }

  public void warning(Node node, String message, String hint) {
    diagnostics.add(Diagnostic.warning(name, line(node), message, hint));
  }
}
