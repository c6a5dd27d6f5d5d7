package dev.studyguide.bench;

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

/**
 * The graph stage as {@code Guide.load} runs it after ingest: taxonomy, overrides, then the graph builder.
 * Unlike {@code Guide.load} it builds the graph even when the corpus has errors, so that a checkout where some
 * readers are still placeholders can be measured on the items that are read.
 */
final class GraphStage implements Stage<GraphStage.Input> {

  /** The content folder and its corpus, read before timing starts. */
  record Input(Path content, Corpus corpus) {}

  @Override
  public String name() {
    return "graph";
  }

  @Override
  public String timed() {
    return "taxonomy + overrides + GraphBuilder.build on an ingested corpus (ingest not timed)";
  }

  @Override
  public Input prepare(Path content) {
    return new Input(content, Ingest.read(content));
  }

  @Override
  public Object run(Input input) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Taxonomy taxonomy = TaxonomyLoader.load(input.content(), diagnostics)
        .orElseThrow(() -> new IllegalStateException("taxonomy cannot be read: " + diagnostics));
    Overrides overrides = OverridesLoader.load(input.content(), diagnostics);
    return new GraphBuilder(taxonomy, overrides, MergeRule.DEFAULT_THRESHOLD).build(input.corpus(), diagnostics);
  }

  @Override
  public String describe(Object result) {
    TopicGraph graph = (TopicGraph) result;
    long items = graph.questions().stream().mapToLong(q -> q.members().size()).sum() + graph.notes().size();
    return items + " items on " + graph.taxonomy().topics().size() + " topics, " + graph.report().merges().size()
        + " merges";
  }
}
