package dev.studyguide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline in the package tree: each stage imports only stages before it, and the three outputs (site,
 * search, pack) never import one another.
 */
class ArchitectureTest {
  /** Stages in order; packages in one inner list are siblings. */
  private static final List<List<String>> ORDER = List.of(List.of("model"), List.of("source"), List.of("graph"),
      List.of("render"), List.of("site", "search", "pack"), List.of("study"), List.of("check"), List.of("pipeline"),
      List.of("preview"), List.of("cli"));
  private static final Pattern IMPORT = Pattern.compile("^import dev\\.studyguide\\.([a-z]+)", Pattern.MULTILINE);

  @Test
  void everyStageImportsOnlyEarlierStages() throws IOException {
    Path root = Path.of("src/main/java/dev/studyguide");
    List<String> wrong = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String stage = root.relativize(file).getName(0).toString();
        if (file.getParent().equals(root)) {
          continue;
        }
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          String imported = m.group(1);
          if (!imported.equals(stage) && rank(imported) >= rank(stage)) {
            wrong.add(root.relativize(file) + " imports " + imported);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void knowsEveryStage() throws IOException {
    try (Stream<Path> dirs = Files.list(Path.of("src/main/java/dev/studyguide"))) {
      dirs.filter(Files::isDirectory).forEach(d -> assertThat(rank(d.getFileName().toString())).isNotNegative());
    }
  }

  private static int rank(String stage) {
    for (int i = 0; i < ORDER.size(); i++) {
      if (ORDER.get(i).contains(stage)) {
        return i;
      }
    }
    return -1;
  }
}
