package dev.studyguide.check;

import dev.studyguide.graph.MoreQuestions;
import dev.studyguide.graph.OverridesLoader;
import dev.studyguide.graph.Placement;
import dev.studyguide.graph.TaxonomyLoader;
import dev.studyguide.graph.Topic;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.model.Corpus;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Item;
import dev.studyguide.render.MathIndex;
import dev.studyguide.render.math.MathCache;
import dev.studyguide.render.math.MathTypesetter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The content as the build reads it: what reading the sources and data files reports (unknown topic ids,
 * overrides that match nothing, prerequisite cycles, duplicate ids), formulas KaTeX rejects, and from the graph's
 * editor report the items placed by guess and the topics left empty. Gathered from those stages, not recomputed.
 */
public final class ContentCheck {
  /** What was found, and the guide's size for the report's figures. */
  public record Result(List<Finding> findings, int items, int topics, int formulas) {}

  private ContentCheck() {}

  /**
   * Checks the guide as the build driver read it (its corpus, its graph when the input had no errors, and the
   * diagnostics of both), typesetting formulas with the cache under {@code cache/katex} as the build does. The
   * caller reads the guide (pipeline's {@code Guide.load}), since check comes before pipeline.
   */
  public static Result of(Corpus corpus, Optional<TopicGraph> graph, List<Diagnostic> read, Path cache) {
    List<Diagnostic> diagnostics = new ArrayList<>(read);
    int formulas = 0;
    if (!corpus.readings().isEmpty()) {
      try (MathTypesetter typesetter = new MathTypesetter(MathCache.in(cache.resolve("katex")))) {
        formulas = MathIndex.typeset(corpus.items(), typesetter, diagnostics).size();
      }
    }
    List<Finding> findings = new ArrayList<>(diagnostics.stream().map(Finding::of).toList());
    graph.ifPresent(g -> findings.addAll(review(g)));
    int items = (int) corpus.items().count();
    int topics = graph.map(g -> g.topics().size()).orElse(0);
    return new Result(findings, items, topics, formulas);
  }

  private static String placeName(String category) {
    return category.equals(MoreQuestions.UNSORTED) ? "Unsorted" : "More questions of " + category;
  }

  /** The graph report's placements by guess (warnings: an editor should confirm them) and empty topics (notes). */
  static List<Finding> review(TopicGraph graph) {
    List<Finding> findings = new ArrayList<>();
    for (Placement p : graph.report().guessed()) {
      findings.add(Finding.warning(Finding.Area.CONTENT, p.item().source().file(), p.item().source().fromLine(),
          "\"" + p.item().title() + "\" fits no topic by name; placed by guess on " + p.topic(),
          "confirm it with a pin in " + OverridesLoader.FILE_NAME + ", or add an alias to the topic in " + TaxonomyLoader.FILE_NAME));
    }
    for (MoreQuestions.OffTopic o : graph.report().offTopic()) {
      Item item = o.guess().item();
      if (o.placedByName()) {
        // Named after its whole category or summing up many topics, it is placed by what it says it is: nothing
        // for an editor to confirm.
        String what = o.reason() == MoreQuestions.Reason.ROUNDUP
            ? "sums up " + o.topicsNamed() + " topics of several categories" : "is named after its category";
        findings.add(Finding.info(Finding.Area.CONTENT, item.source().file(), item.source().fromLine(),
            "\"" + item.title() + "\" " + what + "; listed under " + placeName(o.category()),
            "give it a topic of its own in " + TaxonomyLoader.FILE_NAME + " if it should have a page"));
        continue;
      }
      findings.add(Finding.warning(Finding.Area.CONTENT, item.source().file(), item.source().fromLine(),
          String.format(Locale.ROOT, "\"%s\" fits no topic (best %s, fit %.2f below %.2f); listed under %s", item.title(),
              o.guess().topic(), o.fit(), MoreQuestions.FIT_THRESHOLD,
              placeName(o.category())),
          "add a topic to " + TaxonomyLoader.FILE_NAME + " (graph --suggest-topics drafts one) or pin it in "
              + OverridesLoader.FILE_NAME));
    }
    for (String id : graph.report().emptyTopics()) {
      int line = graph.taxonomy().topic(id).map(Topic::line).orElse(0);
      findings.add(Finding.info(Finding.Area.CONTENT, TaxonomyLoader.FILE_NAME, line, "topic " + id + " has no items",
          "its page only lists its prerequisites; give it items or fold it into another topic"));
    }
    return findings;
  }
}
