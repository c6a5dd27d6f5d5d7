package dev.studyguide.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Item;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fit threshold measured on items labelled by hand (fixtures/unsorted/labels.tsv): the real sources' items
 * that name no topic, and a practice document written for this test with questions the taxonomy lacks (SQL, A/B
 * tests, probability puzzles, system design, coding) beside questions it covers in other words. An item is a
 * positive when it belongs on no existing topic; "off topic" means the build listed it under More questions or
 * Unsorted.
 */
class PlacementFitEvaluationTest {
  record Label(Item item, boolean tune, List<String> accepted) {
    boolean offTopic() {
      return accepted.stream().allMatch(a -> a.startsWith("more:") || a.equals(MoreQuestions.UNSORTED));
    }

    boolean onTopic() {
      return accepted.stream().noneMatch(a -> a.startsWith("more:") || a.equals(MoreQuestions.UNSORTED));
    }
  }

  record Score(int tp, int fp, int fn, int placedRight, int total, List<String> mistakes) {
    double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }
  }

  static List<Label> labels() throws IOException {
    List<Label> out = new ArrayList<>();
    for (String line : Files.readAllLines(MixedGuide.FIXTURES.resolve("labels.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      out.add(new Label(MixedGuide.item(cols[0]), cols[1].equals("tune"), List.of(cols[2].split(","))));
    }
    return out;
  }

  /** Where the graph put an item: a topic id, "more:CATEGORY" or "unsorted". */
  static String place(TopicGraph graph, Item item) {
    String topic = graph.topicOf(item).orElseThrow();
    Topic t = graph.taxonomy().topic(topic).orElseThrow();
    if (!MoreQuestions.isBuilt(t)) {
      return topic;
    }
    return t.id().equals(MoreQuestions.UNSORTED) ? MoreQuestions.UNSORTED : "more:" + t.category();
  }

  static Score score(TopicGraph graph, List<Label> labels) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int right = 0;
    List<String> mistakes = new ArrayList<>();
    for (Label label : labels) {
      String place = place(graph, label.item());
      boolean off = place.equals(MoreQuestions.UNSORTED) || place.startsWith("more:");
      if (label.accepted().contains(place)) {
        right++;
      } else {
        mistakes.add(label.item().source().file() + " " + label.item().source().label() + " → " + place
            + " (accepted: " + String.join(",", label.accepted()) + ")");
      }
      if (off && label.offTopic()) {
        tp++;
      } else if (off && label.onTopic()) {
        fp++;
      } else if (!off && label.offTopic()) {
        fn++;
      }
    }
    return new Score(tp, fp, fn, right, labels.size(), mistakes);
  }

  @Test
  void offTopicItemsAreFoundPreciselyOnHeldOutItems() throws IOException {
    TopicGraph graph = MixedGuide.build();
    List<Label> labels = labels();
    for (boolean tune : List.of(true, false)) {
      Score s = score(graph, labels.stream().filter(l -> l.tune() == tune).toList());
      System.out.printf(Locale.ROOT, "placement fit %s at %.2f: off-topic precision %.3f, recall %.3f (tp %d, fp %d,"
              + " fn %d); placed where accepted %d of %d%n", tune ? "tune" : "held-out", MoreQuestions.FIT_THRESHOLD,
          s.precision(), s.recall(), s.tp(), s.fp(), s.fn(), s.placedRight(), s.total());
      s.mistakes().forEach(m -> System.out.println("  " + m));
      if (!tune) {
        assertThat(s.precision()).as("held-out precision").isGreaterThanOrEqualTo(0.9);
        assertThat(s.recall()).as("held-out recall").isGreaterThanOrEqualTo(0.8);
      }
    }
  }

  @Test
  void thresholdSweepOnTheTuneHalf() throws IOException {
    TopicGraph graph = MixedGuide.build();
    Map<String, Double> fits = fits(graph);
    List<Label> tune = labels().stream().filter(Label::tune).toList();
    for (double t = 0.20; t <= 0.601; t += 0.05) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (Label l : tune) {
        Double fit = fits.get(l.item().id());
        boolean off = fit != null && fit < t;
        tp += off && l.offTopic() ? 1 : 0;
        fp += off && l.onTopic() ? 1 : 0;
        fn += !off && l.offTopic() ? 1 : 0;
      }
      System.out.printf(Locale.ROOT, "  tune sweep %.2f: tp %d, fp %d, fn %d%n", t, tp, fp, fn);
    }
    assertThat(fits).isNotEmpty();
  }

  /** The fit on its best topic of every item that names no topic (overview notes count as fit 0). */
  private static Map<String, Double> fits(TopicGraph graph) {
    Map<String, Double> out = new HashMap<>();
    Map<String, List<Item>> notesByTopic = TopicAssigner.byTopic(graph.notes().stream()
        .filter(p -> p.fit() != Placement.Fit.UNSORTED).toList());
    ConceptAnalyzer analyzer = ConceptAnalyzer.of(graph.taxonomy());
    TopicFit questionFit = new TopicFit(analyzer, graph.taxonomy().authored(), notesByTopic);
    TopicFit noteFit = new TopicFit(analyzer, graph.taxonomy().authored(), Map.of());
    for (Placement p : graph.report().guessed()) {
      out.put(p.item().id(), (p.item().isQuestion() ? questionFit : noteFit).of(p.item(), p.topic()));
    }
    for (MoreQuestions.OffTopic o : graph.report().offTopic()) {
      boolean surveyed = o.fit() >= MoreQuestions.FIT_THRESHOLD;
      out.put(o.guess().item().id(), surveyed ? 0 : o.fit());
    }
    return out;
  }

  @Test
  void onTheRealGuideOnlyItemsThatWereForcedMove() throws IOException {
    TopicGraph graph = RealGraph.build();
    Map<String, Label> labels = new HashMap<>();
    labels().forEach(l -> labels.put(l.item().id(), l));
    List<MoreQuestions.OffTopic> moved = graph.report().offTopic();
    System.out.println("real guide: " + moved.size() + " items moved off their best topic");
    moved.forEach(o -> System.out.println("  " + o.guess().item().source().label() + " was on " + o.guess().topic()
        + ", now " + o.category()));
    assertThat(moved).isNotEmpty().allSatisfy(o -> {
      Label label = labels.get(o.guess().item().id());
      assertThat(label).as("labelled: " + o.guess().item().source().label()).isNotNull();
      assertThat(label.offTopic()).as("was forced: " + o.guess().item().source().label()).isTrue();
    });
    assertThat(Set.copyOf(moved.stream().map(MoreQuestions.OffTopic::category).toList()))
        .as("each overview note goes to its field").contains("linear-algebra", "information-theory");
  }
}
