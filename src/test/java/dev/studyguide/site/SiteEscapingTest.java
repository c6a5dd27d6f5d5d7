package dev.studyguide.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.check.BuiltSite;
import dev.studyguide.pipeline.Build;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a source or the taxonomy says is text: a fixture guide whose question, answer, topic title, alias,
 * category, guide and source titles carry {@code <script>} and {@code <img onerror>} builds into pages that
 * show them as written and have no element or event handler from them.
 */
class SiteEscapingTest {
  static final Path FIXTURE = Path.of("src/test/resources/fixtures/site/script");
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "<img src=x onerror=alert(1)>";

  @TempDir static Path tmp;
  static BuiltSite site;

  @BeforeAll
  static void build() {
    Build.Result result = SiteBuilds.build(FIXTURE, SiteBuilds.TEMPLATES, tmp.resolve("site"), SiteBuilds.MATH_CACHE, "");
    assertThat(SiteBuilds.errors(result.diagnostics())).isEmpty();
    assertThat(result.published()).isTrue();
    site = new BuiltSite(tmp.resolve("site"), result.diagnostics());
  }

  @Test
  void theOnlyScriptsAreTheLayoutsOwn() {
    List<String> foreign = new ArrayList<>();
    for (String page : site.pages()) {
      for (Element script : site.page(page).select("script")) {
        boolean enhancements = (script.attr("src").endsWith("assets/site.js")
            || script.attr("src").endsWith("assets/search.js")
            || script.attr("src").endsWith("assets/study-progress.js")) && script.data().isEmpty();
        boolean studyPage = page.equals("study.html") && script.attr("src").matches("assets/study(-index|-cards|-notes|-scheduler)?\\.js")
            && script.data().isEmpty();
        boolean themeBeforePaint = !script.hasAttr("src") && script.data().contains("studyguide-theme")
            && !script.data().contains("alert");
        if (!enhancements && !studyPage && !themeBeforePaint) {
          foreign.add(page + ": " + script.outerHtml());
        }
      }
    }
    assertThat(foreign).isEmpty();
    // home, category, 2 topics, questions, source, 404, search, the packs page with the guide's and the
    // category's pack, study and roadmap, and Unsorted's category, topic and pack (the lesson's "Basics" note
    // fits neither topic)
    assertThat(site.pages()).hasSize(1 + 1 + 2 + 1 + 1 + 1 + 1 + 3 + 2 + 3);
  }

  @Test
  void noElementFromContentAndNoEventHandlerAttributeAnywhere() {
    List<String> injected = new ArrayList<>();
    for (String page : site.pages()) {
      Document doc = site.page(page);
      doc.select("img, b, iframe, object, embed").forEach(e -> injected.add(page + ": <" + e.tagName() + ">"));
      for (Element e : doc.getAllElements()) {
        for (Attribute a : e.attributes()) {
          if (a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on")) {
            injected.add(page + ": " + a.getKey() + " on <" + e.tagName() + ">");
          }
        }
      }
    }
    assertThat(injected).isEmpty();
  }

  @Test
  void theTopicPageShowsTheMarkupOfTitleAliasPromptAndAnswerAsText() {
    Document topic = site.page("topics/injection.html");
    assertThat(topic.select("h1").text()).isEqualTo("Injection " + SCRIPT + " attacks");
    assertThat(topic.title()).startsWith("Injection " + SCRIPT + " attacks · Escaping " + SCRIPT + " fixture");
    assertThat(topic.select(".aliases").text()).isEqualTo("Also known as: " + IMG + ", script injection");
    assertThat(topic.select("meta[name=description]").attr("content"))
        .startsWith("What happens when a source says " + IMG + " in its text.");
    Element question = topic.selectFirst("article.question");
    assertThat(question.select("h3.prompt").text()).isEqualTo("# What does " + SCRIPT + " do in script injection?");
    assertThat(question.select(".answer-body").text())
        .contains("A page that pastes " + IMG + " unescaped runs the attacker's code")
        .contains("Escape every " + SCRIPT + " you print.");
    assertThat(topic.select("nav.breadcrumb").text()).contains("Basics <b>bold</b>");
  }

  @Test
  void theOtherPagesShowTheSameMarkupAsText() {
    Document home = site.page("index.html");
    assertThat(home.select("h1").text()).isEqualTo("Escaping " + SCRIPT + " fixture");
    assertThat(home.select(".lede").text()).isEqualTo("A guide whose text tries to inject " + IMG + " markup.");
    assertThat(home.select(".topic-list a").eachText()).contains("Injection " + SCRIPT + " attacks");
    assertThat(home.select(".source-list a").text()).isEqualTo("Hostile " + SCRIPT + " web lesson");
    assertThat(site.page("categories/basics.html").select("h1").text()).isEqualTo("Basics <b>bold</b>");
    assertThat(site.page("questions/index.html").select(".question-lines a").eachText())
        .contains("What does " + SCRIPT + " do in script injection?");
    assertThat(site.page("sources/000_script.html").select(".source-items tbody td:nth-child(2)").eachText())
        .contains("question What does " + SCRIPT + " do in script injection?");
  }
}
