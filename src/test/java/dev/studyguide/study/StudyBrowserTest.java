package dev.studyguide.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.studyguide.check.BrowserSession;
import dev.studyguide.check.Chromium;
import dev.studyguide.site.SiteBuilds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The study page of the real guide in headless Chromium, opened from disk ({@code file://}): studying five
 * cards with the keyboard only, reloading, and finding the schedule kept; progress marks on a topic page;
 * importing progress. Skipped, with the reason, where Chromium is not installed. A screenshot of a revealed
 * card goes to target/study-screenshots.
 */
class StudyBrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String READY = "!!document.getElementById('study-prompt') "
      + "&& document.getElementById('study-prompt').textContent.length > 0";
  @RegisterExtension static final BrowserSession BROWSER = new BrowserSession(1280, 900);
  private static Chromium chromium;
  private static Path site;

  @BeforeAll
  static void start() {
    if (BROWSER.chromium().isPresent()) {
      chromium = BROWSER.chromium().get();
      site = SiteBuilds.real().root().toAbsolutePath();
    }
  }

  @BeforeEach
  void startsFromAFreshStudyPage() throws Exception {
    chromium.load(url("study.html"), "true");
    chromium.eval("localStorage.clear()");
    chromium.load(url("study.html"), READY);
  }

  private static String url(String page) {
    return site.resolve(page).toUri().toString();
  }

  @Test
  void fiveCardsStudiedWithTheKeyboardKeepTheirScheduleAcrossAReload() throws Exception {
    List<String> studied = new ArrayList<>();
    String[] grades = {"3", "4", "2", "3", "1"};
    for (String grade : grades) {
      studied.add(currentCard());
      assertThat(chromium.eval("document.getElementById('study-grades').hidden").asBoolean()).isTrue();
      chromium.type(" ");
      chromium.waitFor("!document.getElementById('study-answer').hidden", WAIT);
      assertThat(chromium.text("document.getElementById('study-answer').textContent")).isNotBlank();
      if (studied.size() == 1) {
        Files.createDirectories(Path.of("target", "study-screenshots"));
        Files.write(Path.of("target", "study-screenshots", "revealed-1280.png"), chromium.screenshot());
      }
      chromium.type(grade);
      chromium.waitFor("document.getElementById('study-grades').hidden", WAIT);
    }
    assertThat(studied).doesNotHaveDuplicates();
    JsonNode before = chromium.eval("window.studyguideStudy.states()");

    chromium.load(url("study.html"), READY);
    JsonNode after = chromium.eval("window.studyguideStudy.states()");
    assertThat(after).isEqualTo(before);
    assertThat(after.size()).isEqualTo(5);
    long now = System.currentTimeMillis();
    long day = 24 * 3600 * 1000L;
    assertThat(after.get(studied.get(0)).get("interval").asInt()).isEqualTo(1);
    assertThat(after.get(studied.get(0)).get("due").asLong()).isBetween(now + day - 120_000, now + day);
    assertThat(after.get(studied.get(1)).get("ease").asDouble()).isEqualTo(2.6);
    assertThat(after.get(studied.get(2)).get("ease").asDouble()).isEqualTo(2.36);
    assertThat(after.get(studied.get(4)).get("lapses").asInt()).isEqualTo(1);
    assertThat(after.get(studied.get(4)).get("due").asLong()).isBetween(now + 9 * 60_000, now + 10 * 60_000);
    // The cards passed today wait for tomorrow; the session goes on with the one forgotten or a new one.
    assertThat(currentCard()).isNotIn(studied.subList(0, 4));
    assertThat(chromium.text("document.getElementById('study-summary').textContent")).startsWith("Seen 5 of ");
  }

  @Test
  void aTopicPageShowsProgressOnceTheLearnerHasStudied() throws Exception {
    String card = currentCard();
    String topicUrl = chromium.text("document.getElementById('study-topic').getAttribute('href')").split("#")[0];
    chromium.type(" ");
    chromium.type("3");
    chromium.load(url(topicUrl), "!document.querySelector('.study-progress').hidden");
    String mark = chromium.text("document.querySelector('.study-progress').textContent");
    assertThat(mark).matches("Studied 1 of \\d+ · 0 due · 0 mastered · practise");
    assertThat(chromium.text("document.querySelector('.study-progress a').href"))
        .endsWith("study.html?topic=" + topicUrl.replace("topics/", "").replace(".html", ""));
    assertThat(card).isNotEmpty();
  }

  @Test
  void importedProgressMergesCardByCardAndTheLaterReviewWins() throws Exception {
    String card = currentCard();
    chromium.eval("window.studyguideStudy.importProgress(JSON.stringify({format: 'studyguide-progress', version: 1,"
        + " cards: {'" + card + "': {reps: 3, ease: 2.5, interval: 15, due: Date.now() + 15 * 864e5, lapses: 0,"
        + " reviews: 3, last: Date.now()}}}))");
    assertThat(chromium.text("document.getElementById('study-import-status').textContent"))
        .isEqualTo("Imported: 1 cards updated.");
    assertThat(chromium.eval("window.studyguideStudy.states()['" + card + "'].interval").asInt()).isEqualTo(15);
    assertThat(currentCard()).isNotEqualTo(card);

    chromium.eval("window.studyguideStudy.importProgress('not json')");
    assertThat(chromium.text("document.getElementById('study-import-status').textContent"))
        .startsWith("That file is not a studyguide progress export");
  }

  @Test
  void anAnswerShowsItsMathTypesetByKatexAndTheCardFitsAPhoneScreen() throws Exception {
    String target = chromium.text("STUDY_CARDS.find(c => c.answers.some(a => a.html.includes('class=\\\"katex'))).id");
    String topic = chromium.text("STUDY_CARDS.find(c => c.id === '" + target + "').topic");
    chromium.load(url("study.html") + "?topic=" + topic, READY);
    assertThat(chromium.text("document.getElementById('study-select').value")).isEqualTo("topic:" + topic);
    for (int i = 0; i < 10 && !currentCard().equals(target); i++) {
      chromium.type(" ");
      chromium.type("3");
    }
    assertThat(currentCard()).isEqualTo(target);
    chromium.call("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
        "deviceScaleFactor", 1, "mobile", true));
    try {
      chromium.type(" ");
      chromium.waitFor("!document.getElementById('study-answer').hidden", WAIT);
      assertThat(chromium.eval("document.querySelectorAll('#study-answer .katex').length").asInt()).isPositive();
      assertThat(chromium.eval("document.documentElement.scrollWidth").asInt()).isLessThanOrEqualTo(390);
      Files.createDirectories(Path.of("target", "study-screenshots"));
      Files.write(Path.of("target", "study-screenshots", "revealed-390.png"), chromium.screenshot());
    } finally {
      chromium.call("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  /** The id of the card on screen: its topic link ends in the question's anchor. */
  private static String currentCard() throws Exception {
    String href = chromium.text("document.getElementById('study-topic').getAttribute('href')");
    return href.substring(href.indexOf('#') + 1);
  }
}
