package dev.studyguide.graph;

import dev.studyguide.model.Corpus;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Item;
import dev.studyguide.source.Ingest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real content read once per JVM, and graphs built from it. */
final class RealGraph {
  static final Path CONTENT = Path.of("content");
  static final Corpus CORPUS = Ingest.read(CONTENT);
  static final Taxonomy TAXONOMY = TaxonomyLoader.load(CONTENT, new ArrayList<>()).orElseThrow();

  private RealGraph() {}

  static TopicGraph build(double threshold, Overrides overrides, List<Diagnostic> diagnostics) {
    return new GraphBuilder(TAXONOMY, overrides, threshold).build(CORPUS, diagnostics);
  }

  static TopicGraph build() {
    return build(MergeRule.DEFAULT_THRESHOLD, Overrides.NONE, new ArrayList<>());
  }

  /** The item an editor would call "000 #98". */
  static Item item(String ref) {
    ItemRef itemRef = new ItemRef(ref, 0);
    return CORPUS.items().filter(itemRef::matches).findFirst()
        .orElseThrow(() -> new AssertionError("no item " + ref));
  }
}
