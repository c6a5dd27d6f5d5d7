package dev.studyguide.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyLoaderTest {
  @TempDir Path tmp;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private Optional<Taxonomy> load(String yaml) throws Exception {
    Files.writeString(tmp.resolve(TaxonomyLoader.FILE_NAME), yaml);
    return TaxonomyLoader.load(tmp, diagnostics);
  }

  private static final String CATEGORIES = "categories:\n  - {id: it, title: Information theory}\ntopics:\n";

  @Test
  void readsTheRealTaxonomyCleanly() {
    Taxonomy taxonomy = TaxonomyLoader.load(Path.of("content"), diagnostics).orElseThrow();
    assertThat(diagnostics).isEmpty();
    assertThat(taxonomy.categories()).hasSizeBetween(8, 12);
    assertThat(taxonomy.topics()).hasSizeGreaterThan(150);
    assertThat(taxonomy.topic("kl-divergence").orElseThrow().aliases())
        .contains("Kullback-Leibler divergence", "relative entropy", "KL");
  }

  @Test
  void reportsAPrerequisiteCycleWithItsPath() throws Exception {
    assertThat(load(CATEGORIES + "  - {id: a, title: A, category: it, prerequisites: [b]}\n"
        + "  - {id: b, title: B, category: it, prerequisites: [a]}\n")).isEmpty();
    assertThat(diagnostics).extracting(Diagnostic::message).containsExactly("prerequisite cycle: a → b → a");
    assertThat(diagnostics.get(0).line()).isEqualTo(4);
  }

  @Test
  void reportsUnknownCategoriesAndPrerequisitesAtTheTopicsLine() throws Exception {
    assertThat(load(CATEGORIES + "  - {id: a, title: A, category: nope}\n"
        + "  - {id: b, title: B, category: it, prerequisites: [ghost]}\n")).isEmpty();
    assertThat(diagnostics).extracting(Diagnostic::format).containsExactly(
        "topics.yaml:4: error: topic 'a' names unknown category 'nope' (use one of the ids under 'categories:')",
        "topics.yaml:5: error: topic 'b' has unknown prerequisite 'ghost' (use a topic id defined in this file)");
  }

  @Test
  void readsAParentAndRefusesAnUnknownOneOrACycleOfParents() throws Exception {
    assertThat(TaxonomyLoader.load(Path.of("content"), diagnostics).orElseThrow().topic("lasso").orElseThrow()
        .parent()).isEqualTo("regularization");
    assertThat(load(CATEGORIES + "  - {id: a, title: A, category: it, parent: ghost}\n"
        + "  - {id: b, title: B, category: it, parent: c}\n  - {id: c, title: C, category: it, parent: b}\n"))
        .isEmpty();
    assertThat(diagnostics).extracting(Diagnostic::format).containsExactly(
        "topics.yaml:4: error: topic 'a' has unknown parent 'ghost' (use a topic id defined in this file)",
        "topics.yaml:5: error: topic 'b' is its own ancestor through its parents (give one of these topics another"
            + " parent or none)",
        "topics.yaml:6: error: topic 'c' is its own ancestor through its parents (give one of these topics another"
            + " parent or none)");
  }

  @Test
  void refusesANameSharedByTwoTopics() throws Exception {
    assertThat(load(CATEGORIES + "  - {id: a, title: Entropy, category: it}\n"
        + "  - {id: b, title: Shannon entropy, category: it, aliases: [entropy]}\n")).isEmpty();
    assertThat(diagnostics.get(0).message()).isEqualTo("name 'entropy' of topic 'b' is also a name of 'a'");
  }

  @Test
  void reportsASyntaxErrorWithItsLine() throws Exception {
    assertThat(load(CATEGORIES + "  - {id: a, title: [oops\n")).isEmpty();
    assertThat(diagnostics.get(0).line()).isGreaterThanOrEqualTo(4);
    assertThat(diagnostics.get(0).message()).startsWith("YAML syntax error");
  }

  @Test
  void keepsTopicTitlesAsTextEvenWhenTheyLookLikeMarkup() throws Exception {
    Taxonomy taxonomy = load(CATEGORIES + "  - {id: a, title: \"<script>alert(1)</script>\", category: it}\n")
        .orElseThrow();
    assertThat(taxonomy.topics().get(0).title()).isEqualTo("<script>alert(1)</script>");
  }

  @Test
  void warnsAboutMarkupInATitleAnAliasOrASummaryAtItsLine() throws Exception {
    assertThat(load(CATEGORIES + "  - id: a\n    title: Attacks <script>alert(1)</script>\n    category: it\n"
        + "    aliases: [plain, \"<img src=x onerror=alert(1)>\"]\n    summary: a <b>bold</b> claim\n"
        + "  - {id: b, title: \"1 < 2 and 3 > 2\", category: it}\n")).isPresent();
    assertThat(diagnostics).extracting(Diagnostic::format).containsExactly(
        "topics.yaml:5: warning: HTML tag <script> in the title of topic 'a' (it is shown as text, never run; "
            + "write plain text instead)",
        "topics.yaml:7: warning: HTML tag <img src=x onerror=alert(1)> in the aliases of topic 'a' (it is shown as "
            + "text, never run; write plain text instead)",
        "topics.yaml:8: warning: HTML tag <b> in the summary of topic 'a' (it is shown as text, never run; "
            + "write plain text instead)");
  }

  @Test
  void aSyntaxErrorNamesTheLineWhereTheUnfinishedListBegan() throws Exception {
    assertThat(load(CATEGORIES + "  - id: a\n    title: A\n    aliases: [b, c\n    category: it\n")).isEmpty();
    assertThat(diagnostics).extracting(Diagnostic::format).containsExactly("topics.yaml:7: error: YAML syntax error "
        + "in a flow sequence begun at line 6: expected ',' or ']', but got : (fix the indentation or quoting at "
        + "this line)");
  }

  @Test
  void aFileThatIsNotUtf8IsSaidToBeSo() throws Exception {
    Files.write(tmp.resolve(TaxonomyLoader.FILE_NAME), new byte[] {'c', 'a', 'f', (byte) 0xE9, ':', '\n'});
    assertThat(TaxonomyLoader.load(tmp, diagnostics)).isEmpty();
    assertThat(diagnostics).extracting(Diagnostic::format)
        .containsExactly("topics.yaml: error: not valid UTF-8 (re-save the file as UTF-8)");
  }
}
