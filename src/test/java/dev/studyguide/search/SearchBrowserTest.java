package dev.studyguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.check.BrowserSession;
import dev.studyguide.check.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The built site in headless Chromium, opened from disk ({@code file://}) and over HTTP under a sub-path: typing
 * into the search box, the results page, the keyboard path, junk input. Skipped, with the reason, where Chromium
 * is not installed. Screenshots of the search UI at phone and desktop width go to target/search-screenshots.
 */
class SearchBrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Path SCREENSHOTS = Path.of("target", "search-screenshots");
  @RegisterExtension static final BrowserSession BROWSER = new BrowserSession(1280, 900);
  private static Chromium chromium;
  private static Path site;

  @BeforeAll
  static void start() throws Exception {
    if (BROWSER.chromium().isPresent()) {
      chromium = BROWSER.chromium().get();
      site = SearchFixture.site();
      Files.createDirectories(SCREENSHOTS);
    }
  }

  private static String fileUrl(String page) {
    return site.resolve(page).toUri().toString();
  }

  @Test
  void fromDiskSlashFocusesTheBoxAMisspellingFindsItsTopicAndArrowsAndEnterOpenAResult() throws Exception {
    chromium.open(fileUrl("topics/softmax.html"));
    chromium.press("/");
    assertThat(chromium.text("document.activeElement.id")).isEqualTo("search-input");

    chromium.type("kulback");
    waitForOptions("kulback");
    assertThat(chromium.text("document.getElementById('search-input').value")).isEqualTo("kulback");
    assertThat(chromium.text("document.querySelector('#search-option-0 .result-title').textContent"))
        .isEqualTo("KL divergence");
    assertThat(chromium.text("document.querySelector('#search-option-0 .result-kind').textContent"))
        .isEqualTo("Topic");
    assertThat(chromium.text("document.getElementById('search-box-status').textContent"))
        .matches("\\d+ results?.*Use the up and down arrows to choose one\\.");
    assertThat(chromium.text("document.getElementById('search-input').getAttribute('aria-expanded')"))
        .isEqualTo("true");

    chromium.press("ArrowDown");
    chromium.press("ArrowDown");
    assertThat(chromium.text("document.getElementById('search-input').getAttribute('aria-activedescendant')"))
        .isEqualTo("search-option-1");
    assertThat(chromium.text("document.getElementById('search-option-1').getAttribute('aria-selected')"))
        .isEqualTo("true");
    String second = chromium.text("document.querySelector('#search-option-1 a').href");
    assertThat(second).startsWith("file://").contains("/topics/");
    saveScreenshot("box-1280");

    chromium.press("Enter");
    chromium.waitFor("location.href === " + js(second), WAIT);
  }

  @Test
  void fromDiskTheResultsPageAnswersAQuestionFirstWithItsWordsMarked() throws Exception {
    chromium.open(fileUrl("search.html") + "?q=why%20scale%20attention%20by%20sqrt%20d");
    chromium.waitFor("document.querySelectorAll('#search-page-results li').length > 0", WAIT);

    assertThat(chromium.text("document.querySelector('#search-page-results a').href"))
        .endsWith("/topics/attention.html#q-5907a2fc0b");
    assertThat(chromium.text("document.getElementById('search-page-input').value"))
        .isEqualTo("why scale attention by sqrt d");
    assertThat(chromium.text("document.getElementById('search-page-status').textContent"))
        .matches("\\d+ results for “why scale attention by sqrt d”\\.");
    List<String> marked = List.of(chromium.text("Array.from(document.querySelectorAll("
        + "'#search-page-results li:first-child .result-title mark')).map(m => m.textContent).join(' ')").split(" "));
    assertThat(marked).containsExactly("self", "attention", "scaled", "√d"); // "why" is a stop word
    assertThat(chromium.text("document.querySelector('#search-page-results li .result-kind').textContent"))
        .isEqualTo("Question");
    saveScreenshot("page-1280");

    chromium.eval("document.getElementById('search-page-input').focus()");
    chromium.press("ArrowDown");
    assertThat(chromium.text("document.activeElement.href")).endsWith("/topics/attention.html#q-5907a2fc0b");
    chromium.press("ArrowDown");
    chromium.press("ArrowUp");
    chromium.press("ArrowUp");
    assertThat(chromium.text("document.activeElement.id")).isEqualTo("search-page-input");
  }

  @Test
  void overHttpUnderASubPathResultsLinkInsideItAndJunkGetsACalmAnswer() throws Exception {
    try (SiteServer server = new SiteServer(site, "/studyguide/")) {
      chromium.open(server.url() + "categories/deep-learning.html");
      chromium.eval("document.getElementById('search-input').focus()");
      chromium.type("sgd");
      waitForOptions("sgd");
      assertThat(chromium.text("document.querySelector('#search-option-0 a').href"))
          .isEqualTo(server.url() + "topics/sgd.html");

      for (Map.Entry<String, String> junk : Map.of(
          "))((", "Type a topic, a formula word or a question to search the guide.",
          "the of and", "Nothing to search for in “the of and”: those words are too common. Try a topic name.",
          "x".repeat(2000), "No results for “" + "x".repeat(60) + "…”. Try another spelling or a topic name such as "
              + "“softmax”.").entrySet()) {
        chromium.eval("(() => { const i = document.getElementById('search-input'); i.value = " + js(junk.getKey())
            + "; i.dispatchEvent(new Event('input')); })()");
        chromium.waitFor("document.querySelector('.search-panel').dataset.query === " + js(junk.getKey()), WAIT);
        assertThat(chromium.text("document.querySelector('.search-empty').textContent")).isEqualTo(junk.getValue());
        assertThat(chromium.text("document.getElementById('search-box-status').textContent"))
            .isEqualTo(junk.getValue());
      }

      assertThat(server.requests).allSatisfy(r -> {
        if (!r.path().equals("/favicon.ico")) {
          assertThat(r.path()).startsWith("/studyguide/");
          assertThat(r.status()).as(r.path()).isEqualTo(200);
        }
      });
      assertThat(server.requests).anyMatch(r -> r.path().matches("/studyguide/search/k/[0-9a-f]{10}\\.js"));
    }
  }

  @Test
  void theBrowserListsTheCliTopResultsInTheCliOrder() throws Exception {
    SearchIndex index = SearchFixture.index();
    for (String query : List.of("kl", "lasso vs ridge", "eigenvetor", "argmax", "how does dropout scale activations")) {
      chromium.open(fileUrl("search.html") + "?q=" + java.net.URLEncoder.encode(query, "UTF-8").replace("+", "%20"));
      chromium.waitFor("document.getElementById('search-page-results').dataset.query === " + js(query), WAIT);
      List<String> browser = Chromium.list(chromium.eval("Array.from(document.querySelectorAll("
          + "'#search-page-results a.result')).slice(0, 5).map(a => a.getAttribute('href'))"));
      List<String> cli = index.searchSubmitted(query, 5).hits().stream()
          .map(h -> site.resolve(h.doc().url().replaceAll("#.*", "")).toUri() + h.doc().url().replaceAll("^[^#]*", ""))
          .toList();
      assertThat(browser).as(query).isEqualTo(cli);
    }
  }

  @Test
  void onAPhoneTheResultsFitTheScreen() throws Exception {
    chromium.call("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 1,
        "mobile", true));
    try {
      chromium.open(fileUrl("index.html"));
      chromium.eval("document.getElementById('search-input').focus()");
      chromium.type("batch norm");
      waitForOptions("batch norm");
      double right = chromium.eval("document.querySelector('.search-panel').getBoundingClientRect().right")
          .asDouble();
      assertThat(right).isLessThanOrEqualTo(390);
      assertThat(chromium.eval("document.documentElement.scrollWidth").asInt()).isLessThanOrEqualTo(390);
      saveScreenshot("box-390");
      chromium.open(fileUrl("search.html") + "?q=softmax");
      chromium.waitFor("document.querySelectorAll('#search-page-results li').length > 0", WAIT);
      assertThat(chromium.eval("document.documentElement.scrollWidth").asInt()).isLessThanOrEqualTo(390);
      saveScreenshot("page-390");
    } finally {
      chromium.call("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  @Test
  void inTheDarkThemeMarksAndLabelsUseTheDarkPalette() throws Exception {
    chromium.call("Emulation.setEmulatedMedia", Map.of("features",
        List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    try {
      chromium.open(fileUrl("search.html") + "?q=kl%20divergence");
      chromium.waitFor("document.querySelectorAll('#search-page-results mark').length > 0", WAIT);
      assertThat(chromium.text("getComputedStyle(document.querySelector('#search-page-results mark')).backgroundColor"))
          .isEqualTo("rgb(90, 74, 0)");
      assertThat(chromium.text("getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(20, 23, 27)");
      saveScreenshot("page-1280-dark");
    } finally {
      chromium.call("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }
  }

  private static void waitForOptions(String query) throws Exception {
    chromium.waitFor("(() => { const p = document.querySelector('.search-panel');"
        + " return !!p && !p.hidden && p.dataset.query === " + js(query) + "; })()", WAIT);
  }

  private static void saveScreenshot(String name) throws Exception {
    Files.write(SCREENSHOTS.resolve(name + ".png"), chromium.screenshot());
  }

  /** A JavaScript string literal. */
  private static String js(String text) throws Exception {
    return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
  }
}
