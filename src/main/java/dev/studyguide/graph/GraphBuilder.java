package dev.studyguide.graph;

import dev.studyguide.graph.answer.AnswerLinker;
import dev.studyguide.model.Corpus;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Item;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the topic graph, in this order: place notes on topics; place questions, scoring against topics that now
 * include their notes; apply pins; move what fits no topic to More questions or Unsorted; merge duplicate
 * questions on the same topic; gather each topic's items and links; link each question to the passages of notes
 * and answers that answer it.
 */
public final class GraphBuilder {
  private final Taxonomy taxonomy;
  private final Overrides overrides;
  private final double threshold;
  private final ConceptAnalyzer analyzer;
  private final TopicAssigner assigner;
  private final MoreQuestions moreQuestions;

  /**
   * A builder for one taxonomy and set of overrides. It remembers analysed texts and placements, so building
   * again with the same builder after an edit (as {@code serve} does) redoes only what the edit changed.
   */
  public GraphBuilder(Taxonomy taxonomy, Overrides overrides, double threshold) {
    this.taxonomy = taxonomy;
    this.overrides = overrides;
    this.threshold = threshold;
    this.analyzer = ConceptAnalyzer.of(taxonomy);
    this.assigner = new TopicAssigner(analyzer, taxonomy);
    this.moreQuestions = new MoreQuestions(analyzer, taxonomy);
  }

  /** Whether this builder builds for these data files, so a later build may reuse it and what it remembers. */
  public boolean buildsFor(Taxonomy otherTaxonomy, Overrides otherOverrides, double otherThreshold) {
    return taxonomy.equals(otherTaxonomy) && overrides.equals(otherOverrides) && threshold == otherThreshold;
  }

  public synchronized TopicGraph build(Corpus corpus, List<Diagnostic> diagnostics) {
    List<Item> notes = corpus.items().filter(i -> !i.isQuestion()).toList();
    List<Item> questions = corpus.items().filter(Item::isQuestion).toList();
    Pins pins = new Pins(overrides, taxonomy, diagnostics);

    List<MoreQuestions.OffTopic> offTopic = new ArrayList<>();
    List<Placement> notePlacements = moreQuestions.sort(pins.apply(assigner.place(notes, Map.of())),
        new TopicFit(analyzer, taxonomy, Map.of()), offTopic);
    Map<String, List<Item>> notesByTopic = TopicAssigner.byTopic(notePlacements);
    Map<String, Placement> questionPlacements = new HashMap<>();
    moreQuestions.sort(pins.apply(assigner.place(questions, notesByTopic)),
        new TopicFit(analyzer, taxonomy, notesByTopic), offTopic)
        .forEach(p -> questionPlacements.put(p.item().id(), p));
    pins.reportUnmatched();
    Taxonomy placed = moreQuestions.extend(offTopic);
    DuplicateFinder.Result duplicates = new DuplicateFinder(analyzer, threshold)
        .find(questions, q -> questionPlacements.get(q.id()).topic(), overrides, diagnostics);

    List<MergedQuestion> merged = new ArrayList<>();
    for (List<Item> group : duplicates.groups()) {
      Placement placement = group.stream().map(m -> questionPlacements.get(m.id()))
          .max(Comparator.comparing((Placement p) -> p.fit() == Placement.Fit.PINNED)
              .thenComparingDouble(Placement::score))
          .orElseThrow();
      merged.add(new MergedQuestion(group.get(0).id(), group, FollowUps.union(group, analyzer), placement));
    }
    List<TopicEntry> entries = entries(placed, merged, notePlacements);
    List<Placement> guessed = new ArrayList<>();
    notePlacements.stream().filter(p -> p.fit() == Placement.Fit.GUESSED).forEach(guessed::add);
    merged.stream().map(MergedQuestion::placement).filter(p -> p.fit() == Placement.Fit.GUESSED).forEach(guessed::add);
    List<String> empty = entries.stream().filter(TopicEntry::isEmpty).map(e -> e.topic().id()).toList();
    GraphReport report = new GraphReport(duplicates.merges(), duplicates.nearMisses(), guessed, empty,
        overrides.size(), threshold, offTopic);
    return new TopicGraph(placed, entries, merged, notePlacements, report,
        new AnswerLinker(analyzer).link(merged, notePlacements, overrides, diagnostics));
  }

  private List<TopicEntry> entries(Taxonomy placed, List<MergedQuestion> merged, List<Placement> notePlacements) {
    Map<String, Bucket> buckets = new LinkedHashMap<>();
    placed.topics().forEach(t -> buckets.put(t.id(), new Bucket()));
    LinkBuilder links = new LinkBuilder(taxonomy, analyzer);
    for (MergedQuestion question : merged) {
      Placement p = question.placement();
      buckets.get(p.topic()).questions.add(question);
      p.alsoOn().forEach(t -> buckets.get(t).alsoQuestions.add(question));
      if (p.fit() != Placement.Fit.UNSORTED) { // More questions relate no topics: they fit none
        question.members().forEach(m -> links.addItem(m, p.topic(), p.alsoOn()));
      }
    }
    for (Placement p : notePlacements) {
      buckets.get(p.topic()).notes.add(p.item());
      p.alsoOn().forEach(t -> buckets.get(t).alsoNotes.add(p.item()));
      if (p.fit() != Placement.Fit.UNSORTED) {
        links.addItem(p.item(), p.topic(), p.alsoOn());
      }
    }
    Map<String, List<Link>> related = links.build();
    return placed.topics().stream().map(t -> {
      Bucket b = buckets.get(t.id());
      return new TopicEntry(t, b.questions, b.notes, b.alsoQuestions, b.alsoNotes,
          related.getOrDefault(t.id(), List.of()));
    }).toList();
  }

  /** What is placed on one topic while the graph is assembled. */
  private static final class Bucket {
    final List<MergedQuestion> questions = new ArrayList<>();
    final List<Item> notes = new ArrayList<>();
    final List<MergedQuestion> alsoQuestions = new ArrayList<>();
    final List<Item> alsoNotes = new ArrayList<>();
  }

  /** overrides.yaml's pins: an item placed on a topic by hand. */
  private static final class Pins {
    private final List<Overrides.Pin> valid = new ArrayList<>();
    private final List<Overrides.Pin> used = new ArrayList<>();
    private final List<Diagnostic> diagnostics;

    Pins(Overrides overrides, Taxonomy taxonomy, List<Diagnostic> diagnostics) {
      this.diagnostics = diagnostics;
      for (Overrides.Pin pin : overrides.pins()) {
        if (taxonomy.topic(pin.topic()).isEmpty()) {
          diagnostics.add(Diagnostic.error(OverridesLoader.FILE_NAME, pin.line(),
              "pin names unknown topic '" + pin.topic() + "'", "use a topic id from topics.yaml"));
        } else {
          valid.add(pin);
        }
      }
    }

    List<Placement> apply(List<Placement> placements) {
      return placements.stream().map(p -> {
        Optional<Overrides.Pin> pin = valid.stream().filter(x -> x.item().matches(p.item())).findFirst();
        pin.ifPresent(used::add);
        return pin.map(x -> new Placement(p.item(), x.topic(),
                p.alsoOn().stream().filter(t -> !t.equals(x.topic())).toList(), p.score(), Placement.Fit.PINNED))
            .orElse(p);
      }).toList();
    }

    void reportUnmatched() {
      for (Overrides.Pin pin : valid) {
        if (!used.contains(pin)) {
          diagnostics.add(Diagnostic.warning(OverridesLoader.FILE_NAME, pin.line(),
              "pin '" + pin.item().text() + "' matches no item", "use an item id or 'FILE LABEL' as in graph --report"));
        }
      }
    }
  }
}
