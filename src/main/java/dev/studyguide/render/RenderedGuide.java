package dev.studyguide.render;

import dev.studyguide.graph.TopicGraph;
import dev.studyguide.model.Corpus;
import java.util.List;
import java.util.Map;

/**
 * The guide rendered once: every question and note as fragments keyed by id, each topic's key formulas, the
 * local images the fragments show, plus the corpus and graph they came from. Site, search and packs all read
 * this.
 */
public record RenderedGuide(
    Corpus corpus,
    TopicGraph graph,
    Map<String, RenderedQuestion> questions,
    Map<String, RenderedNote> notes,
    Map<String, List<String>> keyFormulas,
    LocalImages images) {

  /** A guide that shows no local images. */
  public RenderedGuide(Corpus corpus, TopicGraph graph, Map<String, RenderedQuestion> questions,
      Map<String, RenderedNote> notes, Map<String, List<String>> keyFormulas) {
    this(corpus, graph, questions, notes, keyFormulas, LocalImages.NONE);
  }

  public RenderedQuestion question(String id) {
    return questions.get(id);
  }

  public RenderedNote note(String id) {
    return notes.get(id);
  }
}
