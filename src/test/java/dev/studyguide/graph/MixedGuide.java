package dev.studyguide.graph;

import dev.studyguide.model.Corpus;
import dev.studyguide.model.Item;
import dev.studyguide.source.Ingest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * The real content plus the documents of fixtures/unsorted/sources (a practice round with questions the taxonomy
 * lacks, and real questions asked again in other words), as a user would add them: copied into sources/ and
 * listed in guide.yaml.
 */
public final class MixedGuide {
  static final Path FIXTURES = Path.of("src/test/resources/fixtures/unsorted");
  static final Path CONTENT = copy();
  static final Corpus CORPUS = Ingest.read(CONTENT);

  private MixedGuide() {}

  public static TopicGraph build() {
    return new GraphBuilder(RealGraph.TAXONOMY, Overrides.NONE, MergeRule.DEFAULT_THRESHOLD)
        .build(CORPUS, new java.util.ArrayList<>());
  }

  static Item item(String ref) {
    ItemRef itemRef = new ItemRef(ref, 0);
    return CORPUS.items().filter(itemRef::matches).findFirst()
        .orElseThrow(() -> new AssertionError("no item " + ref));
  }

  private static Path copy() {
    try {
      Path content = Files.createTempDirectory("mixed-guide");
      content.toFile().deleteOnExit();
      try (Stream<Path> files = Files.walk(RealGraph.CONTENT)) {
        for (Path file : files.toList()) {
          Path target = content.resolve(RealGraph.CONTENT.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(target);
          } else {
            Files.copy(file, target);
          }
        }
      }
      StringBuilder listing = new StringBuilder("\nsources:\n");
      try (Stream<Path> added = Files.list(FIXTURES.resolve("sources")).sorted()) {
        for (Path file : added.toList()) {
          Files.copy(file, content.resolve("sources").resolve(file.getFileName()));
          String name = file.getFileName().toString();
          listing.append("  - file: ").append(name).append("\n    title: ").append(name)
              .append("\n    format: markdown-qa\n");
        }
      }
      Path guide = content.resolve("guide.yaml");
      String yaml = Files.readString(guide, StandardCharsets.UTF_8);
      // The added documents join the list of sources: insert them right after the "sources:" key.
      Files.writeString(guide, yaml.replaceFirst("\nsources:\n", listing.toString()), StandardCharsets.UTF_8);
      return content;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
