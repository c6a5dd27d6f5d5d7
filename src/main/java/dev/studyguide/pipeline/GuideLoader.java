package dev.studyguide.pipeline;

import dev.studyguide.graph.GraphBuilder;
import dev.studyguide.graph.MergeRule;
import dev.studyguide.graph.Overrides;
import dev.studyguide.graph.OverridesLoader;
import dev.studyguide.graph.Taxonomy;
import dev.studyguide.graph.TaxonomyLoader;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.model.Corpus;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.source.Ingest;
import dev.studyguide.source.ReadingMemo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Loads the guide again and again from the same content folder ({@code serve} does after every edit), reusing
 * what the edit left alone: the readings of documents that did not change and, while topics.yaml and
 * overrides.yaml read the same, the graph builder and what it remembers (analysed texts, placements).
 */
public final class GuideLoader {
  private final ReadingMemo readings = new ReadingMemo();
  private GraphBuilder builder;

  /** Reads the sources, then the taxonomy and overrides, then builds the graph. */
  public Guide load(Path contentDir) {
    return load(contentDir, corpus -> { });
  }

  /**
   * As above, handing {@code whenRead} the corpus as soon as it and the taxonomy are read without errors, before
   * the graph is built (the build starts typesetting then).
   */
  public synchronized Guide load(Path contentDir, Consumer<Corpus> whenRead) {
    Corpus corpus = Ingest.read(contentDir, readings);
    List<Diagnostic> diagnostics = new ArrayList<>(corpus.allDiagnostics());
    Optional<Taxonomy> taxonomy = TaxonomyLoader.load(contentDir, diagnostics);
    Overrides overrides = OverridesLoader.load(contentDir, diagnostics);
    if (taxonomy.isEmpty() || diagnostics.stream().anyMatch(Diagnostic::isError)) {
      return new Guide(corpus, Optional.empty(), diagnostics);
    }
    whenRead.accept(corpus);
    TopicGraph graph = builderFor(taxonomy.get(), overrides).build(corpus, diagnostics);
    return new Guide(corpus, Optional.of(graph), diagnostics);
  }

  private GraphBuilder builderFor(Taxonomy taxonomy, Overrides overrides) {
    if (builder == null || !builder.buildsFor(taxonomy, overrides, MergeRule.DEFAULT_THRESHOLD)) {
      builder = new GraphBuilder(taxonomy, overrides, MergeRule.DEFAULT_THRESHOLD);
    }
    return builder;
  }
}
