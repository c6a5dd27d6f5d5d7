package dev.studyguide.graph;

import dev.studyguide.model.Corpus;
import dev.studyguide.model.Inline;
import dev.studyguide.model.Item;
import dev.studyguide.model.ItemIds;
import dev.studyguide.model.ItemKind;
import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceFormat;
import dev.studyguide.model.SourceReading;
import dev.studyguide.model.SourceRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The harder labelled pairs (src/test/resources/graph/harder-pairs.tsv): each side a question of the sources
 * ("FILE LABEL") or a written rewording, which joins the real corpus as one more document, so the pair is judged
 * by the whole pipeline (placement, candidates, merging) among the real questions.
 */
final class HarderPairs {
  static final Path FILE = Path.of("src/test/resources/graph/harder-pairs.tsv");
  private static final Pattern REF = Pattern.compile("\\d{3} \\S.*");

  record Row(String split, String kind, MergeEvaluationTest.Pair pair) {}

  final List<Row> rows = new ArrayList<>();
  /** The written questions, one item each, by text. */
  private final Map<String, Item> written = new LinkedHashMap<>();

  HarderPairs() {
    try {
      List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
      for (int n = 1; n <= lines.size(); n++) {
        String line = lines.get(n - 1);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        Item first = side(cols[3], n, "a");
        Item second = side(cols[4], n, "b");
        rows.add(new Row(cols[0], cols[1], new MergeEvaluationTest.Pair(first, second, cols[2].equals("same"),
            cols[1] + ": " + cols[3] + " | " + cols[4])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Item side(String cell, int line, String which) {
    if (REF.matcher(cell).matches()) {
      return RealGraph.item(cell);
    }
    return written.computeIfAbsent(cell, text -> {
      String label = "L" + line + which;
      return new Item(ItemIds.of(ItemKind.QUESTION, FILE.getFileName().toString(), label), ItemKind.QUESTION, "",
          List.of(), List.of(new Inline.Text(text)), List.of(), List.of(),
          new SourceRef(FILE.getFileName().toString(), line, line, label));
    });
  }

  /** The real corpus with the written questions as one more document. */
  Corpus corpus() {
    Corpus real = RealGraph.CORPUS;
    SourceDocument document = new SourceDocument(FILE.getFileName().toString(), "harder pairs",
        SourceFormat.CHAT_QUESTIONS, List.of());
    SourceReading reading = new SourceReading(document, List.copyOf(written.values()), List.of(), List.of());
    return new Corpus(real.config(), Stream.concat(real.readings().stream(), Stream.of(reading)).toList(),
        real.diagnostics());
  }

  TopicGraph graph() {
    return new GraphBuilder(RealGraph.TAXONOMY, Overrides.NONE, MergeRule.DEFAULT_THRESHOLD)
        .build(corpus(), new ArrayList<>());
  }

  List<MergeEvaluationTest.Pair> pairs(String split) {
    return rows.stream().filter(r -> r.split().equals(split)).map(Row::pair).toList();
  }
}
