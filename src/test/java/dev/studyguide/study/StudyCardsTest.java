package dev.studyguide.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.studyguide.graph.MergedQuestion;
import dev.studyguide.check.BuiltSite;
import dev.studyguide.site.SiteBuilds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The study page's card data (assets/study-cards.js) of the real guide. */
class StudyCardsTest {
  private static JsonNode data() throws Exception {
    ObjectMapper json = new ObjectMapper();
    return json.createObjectNode().setAll(java.util.Map.of(
        "cards", read(StudyCards.CARDS_SCRIPT, "STUDY_CARDS"), "index", read(StudyCards.INDEX_SCRIPT, "STUDY_INDEX"),
        "notes", read(StudyCards.NOTES_SCRIPT, "STUDY_NOTES")));
  }

  private static JsonNode read(String path, String name) throws Exception {
    String script = SiteBuilds.real().text(path);
    String prefix = "window." + name + " = ";
    assertThat(script).startsWith(prefix).endsWith(";\n");
    return new ObjectMapper().readTree(script.substring(prefix.length(), script.length() - 2));
  }

  @Test
  void everyMergedQuestionIsOneCardUnderItsStableIdOnItsTopic() throws Exception {
    JsonNode data = data();
    List<String> ids = new ArrayList<>();
    data.get("cards").forEach(c -> ids.add(c.get("id").asText()));
    List<MergedQuestion> questions = SiteBuilds.realGraph().questions();
    assertThat(ids).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(questions.stream().map(MergedQuestion::id).toList());
    for (JsonNode card : data.get("cards")) {
      String topic = card.get("topic").asText();
      assertThat(data.get("index").get("topics").get(topic).get("questions").toString()).contains(card.get("id").asText());
    }
  }

  @Test
  void answersCarryKatexMarkupAndEveryLinkResolvesFromTheSiteRoot() throws Exception {
    JsonNode data = data();
    BuiltSite site = SiteBuilds.real();
    String all = data.toString();
    assertThat(all).contains("class=\\\"katex\\\"").doesNotContain("href=\\\"../");
    int unanswered = 0;
    for (JsonNode card : data.get("cards")) {
      for (JsonNode answer : card.get("answers")) {
        assertThat(site.exists(answer.get("source").get("href").asText().split("#")[0])).isTrue();
      }
      if (card.get("answers").isEmpty()) {
        unanswered++;
      }
    }
    long expected = SiteBuilds.realGraph().questions().stream().filter(q -> q.answered().isEmpty()).count();
    assertThat(unanswered).isEqualTo(expected).isPositive();
  }

  @Test
  void eachTopicsNotesAreListedOnceAndLinkToTheNoteOnItsTopicPage() throws Exception {
    JsonNode notes = data().get("notes");
    BuiltSite site = SiteBuilds.real();
    int listed = 0;
    for (var entry : SiteBuilds.realGraph().topics()) {
      JsonNode refs = notes.get(entry.topic().id());
      if (entry.notes().isEmpty()) {
        assertThat(refs).isNull();
        continue;
      }
      assertThat(refs).hasSize(entry.notes().size());
      for (JsonNode note : refs) {
        String[] href = note.get("href").asText().split("#");
        assertThat(site.exists(href[0])).isTrue();
        assertThat(site.text(href[0])).contains("id=\"" + href[1] + "\"");
        listed++;
      }
    }
    assertThat(listed).isPositive();
  }

  @Test
  void packsListTheirQuestionsAndTheWholeGuideHasThemAll() throws Exception {
    JsonNode guide = data().get("index").get("packs").get(0);
    assertThat(guide.get("id").asText()).isEqualTo("guide");
    assertThat(guide.get("questions").size()).isEqualTo(SiteBuilds.realGraph().questions().size());
  }
}
