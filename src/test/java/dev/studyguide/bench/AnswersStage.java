package dev.studyguide.bench;

import dev.studyguide.graph.ConceptAnalyzer;
import dev.studyguide.graph.GraphBuilder;
import dev.studyguide.graph.MergeRule;
import dev.studyguide.graph.Overrides;
import dev.studyguide.graph.OverridesLoader;
import dev.studyguide.graph.Taxonomy;
import dev.studyguide.graph.TaxonomyLoader;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.graph.answer.AnswerLinker;
import dev.studyguide.graph.answer.Answers;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.source.Ingest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Answer linking alone, the last step of the graph stage: passages cut, indexed, and every question's candidates
 * judged, on a graph built (untimed) from the ingested corpus. The graph bench times it with everything else.
 */
final class AnswersStage implements Stage<AnswersStage.Input> {

  record Input(TopicGraph graph, ConceptAnalyzer analyzer, Overrides overrides) {}

  @Override
  public String name() {
    return "answers";
  }

  @Override
  public String timed() {
    return "AnswerLinker.link on a built graph (ingest and the rest of the graph stage not timed)";
  }

  @Override
  public Input prepare(Path content) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Taxonomy taxonomy = TaxonomyLoader.load(content, diagnostics)
        .orElseThrow(() -> new IllegalStateException("taxonomy cannot be read: " + diagnostics));
    Overrides overrides = OverridesLoader.load(content, diagnostics);
    TopicGraph graph = new GraphBuilder(taxonomy, overrides, MergeRule.DEFAULT_THRESHOLD)
        .build(Ingest.read(content), diagnostics);
    return new Input(graph, ConceptAnalyzer.of(taxonomy), overrides);
  }

  @Override
  public Object run(Input input) {
    return new AnswerLinker(input.analyzer())
        .link(input.graph().questions(), input.graph().notes(), input.overrides(), new ArrayList<>());
  }

  @Override
  public String describe(Object result) {
    Answers answers = (Answers) result;
    Answers.Summary summary = answers.summary(answers.byQuestion().size() + answers.unanswered().size());
    return answers.passages() + " passages, " + summary.linked() + " linked, " + summary.nothing() + " with nothing";
  }
}
