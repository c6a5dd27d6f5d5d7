package dev.studyguide.render;

import dev.studyguide.graph.TopicGraph;
import dev.studyguide.graph.TopicHomes;
import dev.studyguide.model.Corpus;
import java.util.List;
import java.util.Map;

/**
 * The guide rendered once: every question and note as fragments keyed by id, each topic's key formulas, the
 * local images the fragments show, which page shows each topic ({@link TopicHomes}, worked out once here), plus
 * the corpus and graph they came from. Site, search and packs all read this. Formulas in fragments may be
 * references to markup held once in {@code formulas}: written files get the markup (see {@link FormulaRefs}).
 */
public record RenderedGuide(
    Corpus corpus,
    TopicGraph graph,
    Map<String, RenderedQuestion> questions,
    Map<String, RenderedNote> notes,
    Map<String, List<String>> keyFormulas,
    LocalImages images,
    TopicHomes homes,
    FormulaRefs formulas) {

  /** A fragment with its formulas' markup in it, for text that is not written as HTML as it is (JSON). */
  public String expanded(String html) {
    return formulas.expand(html);
  }

  public RenderedQuestion question(String id) {
    return questions.get(id);
  }

  public RenderedNote note(String id) {
    return notes.get(id);
  }
}
