package dev.studyguide.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Item;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of duplicate merging on question pairs labelled by hand from the sources
 * (src/test/resources/graph/labelled-pairs.tsv), at the shipped threshold and, for the record, around it.
 */
class MergeEvaluationTest {
  record Pair(Item first, Item second, boolean same, String why) {}

  record Score(int truePositives, int falsePositives, int falseNegatives, List<String> mistakes) {
    double precision() {
      return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
      return (double) truePositives / (truePositives + falseNegatives);
    }
  }

  static List<Pair> pairs() throws IOException {
    List<Pair> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/graph/labelled-pairs.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      out.add(new Pair(RealGraph.item(cols[0]), RealGraph.item(cols[1]), cols[2].equals("same"), cols[3]));
    }
    return out;
  }

  static Score score(TopicGraph graph, List<Pair> pairs) {
    Map<String, MergedQuestion> byItem = graph.questionByItem();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    List<String> mistakes = new ArrayList<>();
    for (Pair pair : pairs) {
      boolean merged = byItem.get(pair.first().id()) == byItem.get(pair.second().id());
      if (merged && pair.same()) {
        tp++;
      } else if (merged) {
        fp++;
        mistakes.add("wrongly merged: " + pair.why());
      } else if (pair.same()) {
        fn++;
        mistakes.add("missed: " + pair.why());
      }
    }
    return new Score(tp, fp, fn, mistakes);
  }

  @Test
  void labelledSetHasBothKindsInNumbers() throws IOException {
    List<Pair> pairs = pairs();
    assertThat(pairs.stream().filter(Pair::same).count()).isGreaterThanOrEqualTo(20);
    assertThat(pairs.stream().filter(p -> !p.same()).count()).isGreaterThanOrEqualTo(50);
  }

  @Test
  void mergingIsPreciseAndFindsMostDuplicatesAtTheShippedThreshold() throws IOException {
    Score score = score(RealGraph.build(), pairs());
    System.out.printf(Locale.ROOT, "merge evaluation at %.2f: precision %.3f, recall %.3f (tp %d, fp %d, fn %d)%n",
        MergeRule.DEFAULT_THRESHOLD, score.precision(), score.recall(), score.truePositives(),
        score.falsePositives(), score.falseNegatives());
    score.mistakes().forEach(m -> System.out.println("  " + m));
    assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(0.95);
    assertThat(score.recall()).as("recall").isGreaterThanOrEqualTo(RECALL_FLOOR);
  }

  /** What the method reaches today on the labelled set (measured: see the test output); a drop fails. */
  static final double RECALL_FLOOR = 0.9;

  /** Not an assertion: the precision/recall curve, printed when the sweep property is set. */
  @Test
  void thresholdSweep() throws IOException {
    if (System.getProperty("sweep") == null) {
      return;
    }
    List<Pair> pairs = pairs();
    for (double t = 0.40; t <= 0.901; t += 0.05) {
      Score s = score(RealGraph.build(t, Overrides.NONE, new ArrayList<>()), pairs);
      System.out.printf(Locale.ROOT, "threshold %.2f: precision %.3f recall %.3f%n", t, s.precision(), s.recall());
    }
  }
}
