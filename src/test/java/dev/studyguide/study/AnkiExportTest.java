package dev.studyguide.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.graph.Category;
import dev.studyguide.graph.MergedQuestion;
import dev.studyguide.graph.TopicEntry;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inline;
import dev.studyguide.pack.Pack;
import dev.studyguide.pack.PackPlanner;
import dev.studyguide.pipeline.Build;
import dev.studyguide.render.RenderedGuide;
import dev.studyguide.check.BuiltSite;
import dev.studyguide.site.SiteBuilds;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Anki import files: read back as Anki reads them, every question once, and GUIDs that survive rebuilds. */
class AnkiExportTest {
  private static final String EDITED_SOURCE = "004_305d9cc0fafbdfad.txt";

  @Test
  void theWholeGuideDeckHoldsEveryMergedQuestionOnceUnderItsStableId() throws IOException {
    BuiltSite site = SiteBuilds.real();
    AnkiFile guide = AnkiFile.parse(Files.readString(site.root().resolve("anki/guide.txt")));
    List<String> questionIds = SiteBuilds.realGraph().questions().stream().map(MergedQuestion::id).toList();

    assertThat(guide.headers()).containsEntry("separator", "tab").containsEntry("html", "true")
        .containsEntry("guid column", "1").containsEntry("tags column", "4")
        .containsEntry("deck", "ML Research Interview Study Guide");
    assertThat(guide.rows()).allSatisfy(row -> assertThat(row).hasSize(4));
    assertThat(guide.guids()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(questionIds);
    assertThat(questionIds).hasSizeGreaterThan(150);
  }

  @Test
  void eachCategoryDeckHoldsItsTopicsQuestionsTaggedWithCategoryAndTopic() throws IOException {
    BuiltSite site = SiteBuilds.real();
    for (Category category : SiteBuilds.realGraph().taxonomy().categories()) {
      List<TopicEntry> topics = SiteBuilds.realGraph().topicsIn(category.id());
      List<String> expected = topics.stream().flatMap(t -> t.questions().stream()).map(MergedQuestion::id).toList();
      Path file = site.root().resolve("anki/" + category.id() + ".txt");
      if (expected.isEmpty() && topics.stream().allMatch(t -> t.notes().isEmpty())) {
        continue;
      }
      AnkiFile deck = AnkiFile.parse(Files.readString(file));
      assertThat(deck.headers().get("deck")).isEqualTo("ML Research Interview Study Guide::" + category.title());
      assertThat(deck.guids()).containsExactlyInAnyOrderElementsOf(expected);
      for (TopicEntry topic : topics) {
        for (MergedQuestion q : topic.questions()) {
          assertThat(deck.byGuid().get(q.id()).get(3))
              .isEqualTo(category.id() + " " + category.id() + "::" + topic.topic().id());
        }
      }
    }
  }

  @Test
  void frontsAndBacksCarryPromptFollowUpsAnswersSourcesAndTexInAnkiDelimiters() throws IOException {
    AnkiFile guide = AnkiFile.parse(Files.readString(SiteBuilds.real().root().resolve("anki/guide.txt")));
    Map<String, List<String>> byGuid = guide.byGuid();
    MergedQuestion withFollowUps = SiteBuilds.realGraph().questions().stream()
        .filter(q -> !q.followUps().isEmpty()).findFirst().orElseThrow();
    assertThat(byGuid.get(withFollowUps.id()).get(1)).contains("Follow-ups:");

    MergedQuestion mathPrompt = SiteBuilds.realGraph().questions().stream()
        .filter(q -> q.canonical().prompt().stream().anyMatch(i -> i instanceof Inline.Math)).findFirst()
        .orElseThrow();
    String tex = mathPrompt.canonical().prompt().stream().filter(i -> i instanceof Inline.Math)
        .map(i -> ((Inline.Math) i).tex().strip()).findFirst().orElseThrow();
    assertThat(byGuid.get(mathPrompt.id()).get(1)).contains("\\(" + escape(tex) + "\\)");

    var graph = SiteBuilds.realGraph();
    MergedQuestion unanswered = graph.questions().stream()
        .filter(q -> q.answered().isEmpty() && graph.answers().linked(q.id()).isEmpty()).findFirst().orElseThrow();
    assertThat(byGuid.get(unanswered.id()).get(2)).contains("Where the answer lives");
    MergedQuestion linked = graph.questions().stream()
        .filter(q -> q.answered().isEmpty() && !graph.answers().linked(q.id()).isEmpty()).findFirst().orElseThrow();
    assertThat(byGuid.get(linked.id()).get(2)).contains("From the sources")
        .contains(graph.answers().linked(linked.id()).get(0).passage().item().source().label())
        .doesNotContain("Where the answer lives");

    assertThat(guide.rows()).allSatisfy(row -> {
      assertThat(row.get(1) + row.get(2)).doesNotContain("class=\"katex").doesNotContain("\n");
      assertThat(row.get(2)).contains("Asked in: ").contains(", lines ");
    });
  }

  @Test
  void anUnansweredCardListsItsTopicsFirstNotesAndCountsTheRest() throws IOException {
    Map<String, List<String>> byGuid = AnkiFile.parse(Files.readString(SiteBuilds.real().root()
        .resolve("anki/guide.txt"))).byGuid();
    int withNotes = 0;
    for (TopicEntry topic : SiteBuilds.realGraph().topics()) {
      for (MergedQuestion q : topic.questions()) {
        String back = byGuid.get(q.id()).get(2);
        if (!q.answered().isEmpty() || topic.notes().isEmpty() || back.contains("<b>From the sources</b>")) {
          continue; // answered, by a source's passage or nowhere near
        }
        int listed = back.split("<li>", -1).length - 1;
        int more = topic.notes().size() - AnkiDeck.NOTES_PER_CARD;
        if (more > 0) {
          assertThat(listed).isEqualTo(AnkiDeck.NOTES_PER_CARD + 1);
          assertThat(back).contains(more + " more note");
        } else {
          assertThat(listed).isEqualTo(topic.notes().size());
          assertThat(back).doesNotContain(" more note");
        }
        withNotes++;
      }
    }
    assertThat(withNotes).isPositive();
  }

  @Test
  void theStudyPacksPageLinksEachPacksAnkiFile() {
    BuiltSite site = SiteBuilds.real();
    String packsPage = site.text("packs/index.html");
    List<Pack> packs = PackPlanner.plan(SiteBuilds.realGraph(), SiteBuilds.realGuide().corpus().config(),
        new ArrayList<>());
    for (Pack pack : packs) {
      assertThat(packsPage).contains("href=\"../anki/" + pack.id() + ".txt\"");
      assertThat(site.files()).contains("anki/" + pack.id() + ".txt");
    }
  }

  @Test
  void guidsStayPutAcrossTwoBuildsAndAnEditOfAnotherSource(@TempDir Path tmp) throws IOException {
    String first = guideDeck(SiteBuilds.CONTENT);
    String again = guideDeck(SiteBuilds.CONTENT);
    assertThat(again).isEqualTo(first);

    Path edited = copyContent(tmp.resolve("content"));
    Path source = edited.resolve("sources").resolve(EDITED_SOURCE);
    String text = Files.readString(source, StandardCharsets.UTF_8);
    assertThat(text).contains("It matters for ML because:");
    Files.writeString(source, text.replace("It matters for ML because:", "It matters for machine learning because:"));
    AnkiFile before = AnkiFile.parse(first);
    AnkiFile after = AnkiFile.parse(guideDeck(edited));

    assertThat(after.guids()).containsExactlyElementsOf(before.guids());
    String changed = before.rows().stream().filter(r -> r.get(2).contains("It matters for ML because:"))
        .map(r -> r.get(0)).findFirst().orElseThrow();
    assertThat(after.byGuid().get(changed).get(2)).contains("It matters for machine learning because:");
    long differing = before.guids().stream().filter(g -> !before.byGuid().get(g).equals(after.byGuid().get(g)))
        .count();
    assertThat(differing).isEqualTo(1);
  }

  private static String guideDeck(Path content) throws IOException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    RenderedGuide rendered = new Build(line -> {}).render(new Build.Options(content, SiteBuilds.TEMPLATES,
        Path.of("unused"), SiteBuilds.MATH_CACHE, ""), diagnostics).orElseThrow();
    Pack guide = PackPlanner.plan(rendered.graph(), rendered.corpus().config(), diagnostics).get(0);
    StringWriter deck = new StringWriter();
    new AnkiDeck(StudyOutput.ankiFragments(rendered)).writeTo(guide, deck);
    return deck.toString();
  }

  private static Path copyContent(Path target) throws IOException {
    try (Stream<Path> paths = Files.walk(SiteBuilds.CONTENT)) {
      for (Path p : paths.toList()) {
        Path to = target.resolve(SiteBuilds.CONTENT.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return target;
  }

  private static String escape(String tex) {
    return tex.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
