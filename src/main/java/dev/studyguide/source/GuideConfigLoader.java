package dev.studyguide.source;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.GuideConfig;
import dev.studyguide.model.GuideConfig.Correction;
import dev.studyguide.model.GuideConfig.PackEntry;
import dev.studyguide.model.GuideConfig.SourceEntry;
import dev.studyguide.model.SourceFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code guide.yaml}: the guide's title, its list of sources with their formats, and custom study packs. */
public final class GuideConfigLoader {
  public static final String FILE_NAME = "guide.yaml";
  private static final Pattern PACK_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private GuideConfigLoader() {}

  public static Optional<GuideConfig> load(Path contentDir, List<Diagnostic> diagnostics) {
    int before = diagnostics.size();
    Optional<Node> root = YamlFile.parse(contentDir.resolve(FILE_NAME), diagnostics);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    YamlFile yaml = YamlFile.reporting(FILE_NAME, diagnostics);
    Optional<Map<String, Node>> top = yaml.mapping(root.get(), "guide.yaml");
    if (top.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Node> map = top.get();
    String title = yaml.string(map, "title", root.get()).orElse("");
    String description = yaml.optionalString(map, "description", "");
    String baseUrl = normalizeBaseUrl(yaml.optionalString(map, "baseUrl", ""));
    List<SourceEntry> sources = sources(yaml, map.get("sources"), root.get());
    List<PackEntry> packs = packs(yaml, map.get("packs"));
    boolean failed = diagnostics.subList(before, diagnostics.size()).stream().anyMatch(Diagnostic::isError);
    return failed ? Optional.empty() : Optional.of(new GuideConfig(title, description, baseUrl, sources, packs));
  }

  private static List<SourceEntry> sources(YamlFile yaml, Node node, Node root) {
    if (node == null) {
      yaml.error(root, "missing 'sources': list each document with file, title and format");
      return List.of();
    }
    List<SourceEntry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Node element : yaml.sequence(node, "sources")) {
      yaml.mapping(element, "a source").ifPresent(map -> {
        Optional<String> file = yaml.string(map, "file", element);
        Optional<String> format = Optional.ofNullable(map.get("format")).flatMap(n -> yaml.string(map, "format", element));
        String title = yaml.optionalString(map, "title", file.orElse(""));
        if (file.isEmpty()) {
          return;
        }
        if (file.get().contains("/") || file.get().contains("\\") || file.get().startsWith(".")) {
          yaml.error(element, "source file '" + file.get() + "' must be a plain file name inside sources/");
          return;
        }
        if (!seen.add(file.get())) {
          yaml.error(element, "source '" + file.get() + "' is listed twice");
          return;
        }
        // No format: the source stage detects it from the text (see FormatDetection).
        Optional<SourceFormat> known = format.flatMap(SourceFormat::byConfigName);
        if (format.isPresent() && known.isEmpty()) {
          yaml.error(map.get("format"), "unknown format '" + format.get() + "'; use one of: " + formatNames()
              + " (or leave it out to have it detected)");
          return;
        }
        entries.add(new SourceEntry(file.get(), title, known, YamlFile.line(element),
            corrections(yaml, map.get("corrections"))));
      });
    }
    return entries;
  }

  /** A source's corrections: each names a line (a number from 1), the text to replace there, and its replacement. */
  private static List<Correction> corrections(YamlFile yaml, Node node) {
    List<Correction> out = new ArrayList<>();
    for (Node element : yaml.sequence(node, "corrections")) {
      yaml.mapping(element, "a correction").ifPresent(map -> {
        Optional<String> line = yaml.string(map, "line", element);
        Optional<String> replace = yaml.string(map, "replace", element);
        Optional<String> with = yaml.string(map, "with", element);
        if (line.isEmpty() || replace.isEmpty() || with.isEmpty()) {
          return;
        }
        if (!line.get().matches("[1-9][0-9]{0,8}")) {
          yaml.error(map.get("line"), "correction line '" + line.get() + "' must be a line number of the source");
          return;
        }
        if (replace.get().isEmpty() || with.get().contains("\n")) {
          yaml.error(element, "a correction replaces some text of one line with text on that line");
          return;
        }
        out.add(new Correction(Integer.parseInt(line.get()), replace.get(), with.get(), YamlFile.line(element)));
      });
    }
    return out;
  }

  /** Packs by id, title, topics and/or categories; whether those ids exist is checked against the taxonomy later. */
  private static List<PackEntry> packs(YamlFile yaml, Node node) {
    List<PackEntry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Node element : yaml.sequence(node, "packs")) {
      yaml.mapping(element, "a pack").ifPresent(map -> {
        Optional<String> id = yaml.string(map, "id", element);
        Optional<String> title = yaml.string(map, "title", element);
        if (id.isEmpty() || title.isEmpty()) {
          return;
        }
        if (!PACK_ID.matcher(id.get()).matches()) {
          yaml.error(element, "pack id '" + id.get() + "' must be lowercase kebab-case (it names the pack's files)");
          return;
        }
        if (!seen.add(id.get())) {
          yaml.error(element, "pack '" + id.get() + "' is defined twice");
          return;
        }
        List<String> topics = yaml.strings(map, "topics");
        List<String> categories = yaml.strings(map, "categories");
        if (topics.isEmpty() && categories.isEmpty()) {
          yaml.error(element, "pack '" + id.get() + "' lists no topics or categories");
          return;
        }
        entries.add(new PackEntry(id.get(), title.get(), yaml.optionalString(map, "description", ""), topics,
            categories, YamlFile.line(element)));
      });
    }
    return entries;
  }

  private static String formatNames() {
    return Arrays.stream(SourceFormat.values()).map(SourceFormat::configName).collect(Collectors.joining(", "));
  }

  private static String normalizeBaseUrl(String url) {
    return url.isEmpty() || url.endsWith("/") ? url : url + "/";
  }
}
