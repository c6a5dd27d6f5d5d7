package dev.studyguide.pipeline;

import dev.studyguide.graph.TopicGraph;
import dev.studyguide.model.Corpus;
import dev.studyguide.model.Diagnostic;
import java.nio.file.Path;
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
    return new GuideLoader().load(contentDir);
  }
}
