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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The guide as read and organised: the corpus, its topic graph (absent when the input has errors), and every
 * diagnostic of both stages.
 */
public record Guide(Corpus corpus, Optional<TopicGraph> graph, List<Diagnostic> diagnostics) {

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** Reads the sources, then the taxonomy and overrides, then builds the graph. */
  public static Guide load(Path contentDir) {
    Corpus corpus = Ingest.read(contentDir);
    List<Diagnostic> diagnostics = new ArrayList<>(corpus.allDiagnostics());
    Optional<Taxonomy> taxonomy = TaxonomyLoader.load(contentDir, diagnostics);
    Overrides overrides = OverridesLoader.load(contentDir, diagnostics);
    if (taxonomy.isEmpty() || diagnostics.stream().anyMatch(Diagnostic::isError)) {
      return new Guide(corpus, Optional.empty(), diagnostics);
    }
    TopicGraph graph = new GraphBuilder(taxonomy.get(), overrides, MergeRule.DEFAULT_THRESHOLD)
        .build(corpus, diagnostics);
    return new Guide(corpus, Optional.of(graph), diagnostics);
  }
}
