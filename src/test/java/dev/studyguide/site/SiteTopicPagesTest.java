package dev.studyguide.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.check.BuiltSite;
import dev.studyguide.graph.Link;
import dev.studyguide.graph.MergedQuestion;
import dev.studyguide.graph.TopicEntry;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.graph.TopicHomes;
import dev.studyguide.render.SiteLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The optional parts of a topic page appear exactly when the graph has something for them: key formulas,
 * related topics with the kind of link, "linked from", questions also about other topics, and questions
 * placed elsewhere that are also about this topic.
 */
class SiteTopicPagesTest {
  static BuiltSite site;
  static TopicGraph graph;
  static TopicHomes homes;

  @BeforeAll
  static void build() {
    site = SiteBuilds.real();
    graph = SiteBuilds.realGraph();
    homes = TopicHomes.of(graph);
  }

  /** The topics that have a page of their own; the others are sections of another topic's page. */
  private static List<TopicEntry> withPages() {
    return graph.topics().stream().filter(e -> homes.hasPage(e.topic().id())).toList();
  }

  @Test
  void aFoldedTopicsOldAddressLeadsToItsSectionOnTheParentsPage() {
    Document old = site.page(SiteLayout.topic("elastic-net"));
    String target = "../" + SiteLayout.topic("regularization") + "#topic-elastic-net";
    assertThat(old.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=" + target);
    assertThat(old.selectFirst("main a").attr("href")).isEqualTo(target);
    Document parent = site.page(SiteLayout.topic("regularization"));
    Element section = parent.getElementById("topic-elastic-net");
    assertThat(section).isNotNull();
    assertThat(section.selectFirst("h3").text()).isEqualTo("Elastic net");
    // A child with a page of its own links there from its section.
    assertThat(parent.getElementById("topic-lasso").selectFirst("h3 a").attr("href"))
        .isEqualTo("../" + SiteLayout.topic("lasso"));
  }

  @Test
  void relatedTopicsAreListedInTheGraphsOrderWithTheKindOfLink() {
    List<String> wrong = new ArrayList<>();
    int links = 0;
    for (TopicEntry entry : withPages()) {
      Document page = site.page(SiteLayout.topic(entry.topic().id()));
      List<String> expected = new ArrayList<>();
      for (Link link : entry.related()) {
        // A folded topic is linked at its section, not at its old address.
        expected.add("../" + SiteLayout.topicShown(homes, link.topic()) + " " + kind(link.kind()));
      }
      List<String> shown = page.select("ul.related > li").stream()
          .map(li -> li.selectFirst("a").attr("href") + " " + li.selectFirst(".kind").text()).toList();
      if (!shown.equals(expected)) {
        wrong.add(entry.topic().id() + ": " + shown + " instead of " + expected);
      }
      links += expected.size();
    }
    assertThat(wrong).isEmpty();
    assertThat(links).as("related links in the graph").isGreaterThan(graph.topics().size());
  }

  @Test
  void linkedFromListsExactlyTheTopicsWhosePagesMentionThisOne() {
    Map<String, Set<String>> mentionedFrom = new HashMap<>();
    for (TopicEntry entry : withPages()) {
      String page = SiteLayout.topic(entry.topic().id());
      for (Element a : site.page(page).select("main a.mention")) {
        String target = BuiltSite.resolve(page, a.attr("href"), "").orElseThrow().path();
        mentionedFrom.computeIfAbsent(target, t -> new HashSet<>()).add(page);
      }
    }
    List<String> wrong = new ArrayList<>();
    for (TopicEntry entry : withPages()) {
      String page = SiteLayout.topic(entry.topic().id());
      Set<String> shown = new HashSet<>();
      site.page(page).select("ul.backlinks a").forEach(a -> shown.add(
          BuiltSite.resolve(page, a.attr("href"), "").orElseThrow().path()));
      if (!shown.equals(mentionedFrom.getOrDefault(page, Set.of()))) {
        wrong.add(page + ": " + shown + " but mentioned from " + mentionedFrom.get(page));
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(mentionedFrom).as("topics mentioned from other pages").hasSizeGreaterThan(50);
  }

  @Test
  void keyFormulasAreUpToFourDisplayFormulasFromTheTopicsOwnNotesAndAnswers() {
    List<String> wrong = new ArrayList<>();
    int pagesWithFormulas = 0;
    for (String page : site.pagesUnder("topics")) {
      Document doc = site.page(page);
      List<String> key = doc.select(".key-formulas annotation").eachText();
      if (key.isEmpty()) {
        continue;
      }
      pagesWithFormulas++;
      Set<String> body = new HashSet<>(doc.select(".notes .math-display annotation, .answer .math-display annotation")
          .eachText());
      if (key.size() > 4 || !body.containsAll(key) || new HashSet<>(key).size() != key.size()) {
        wrong.add(page + ": " + key);
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(pagesWithFormulas).isGreaterThan(20);
    assertThat(site.page("topics/svm.html").select(".key-formulas annotation").eachText())
        .startsWith("\\min_{\\mathbf{w}, b} \\frac{1}{2} \\|\\mathbf{w}\\|^2");
  }

  @Test
  void aQuestionAlsoAboutOtherTopicsSaysSoAndIsListedOnThem() {
    List<String> wrong = new ArrayList<>();
    int shared = 0;
    for (MergedQuestion q : graph.questions()) {
      if (q.placement().alsoOn().isEmpty()) {
        continue;
      }
      shared++;
      String home = SiteLayout.topic(q.placement().topic());
      Element article = site.page(home).getElementById(q.id());
      List<String> alsoAbout = article.select(".also-on a").eachAttr("href");
      List<String> expected =
          q.placement().alsoOn().stream().map(t -> "../" + SiteLayout.topicShown(homes, t)).toList();
      if (!alsoAbout.equals(expected)) {
        wrong.add(q.id() + " on " + home + ": also about " + alsoAbout + " instead of " + expected);
      }
      for (String other : q.placement().alsoOn()) {
        // A folded topic's list is its section on the page that shows it.
        List<String> listed = homes.hasPage(other)
            ? site.page(SiteLayout.topic(other)).select(".also-listed a").eachAttr("href")
            : site.page(SiteLayout.topic(homes.pageOf(other))).select("#topic-" + other + " a").eachAttr("href");
        if (!listed.contains("../" + home + "#" + q.id())) {
          wrong.add(q.id() + " is not listed on " + other);
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(shared).as("questions about more than one topic").isPositive();
  }

  @Test
  void mentionLinksAreOnePerTargetPerSectionOutsideHeadingsMathCodeAndLinksAndNeverToTheirOwnPage() {
    List<String> wrong = new ArrayList<>();
    int mentions = 0;
    for (String page : site.pagesUnder("topics")) {
      for (Element section : site.page(page).select("section.note, article.question")) {
        Set<String> targets = new HashSet<>();
        for (Element a : section.select("a.mention")) {
          mentions++;
          // A folded topic's mention links its section, on another page or further down this one.
          BuiltSite.Target resolved = BuiltSite.resolve(page, a.attr("href"), "").orElseThrow();
          String target = resolved.path() + "#" + resolved.fragment();
          if (target.equals(page + "#") || !targets.add(target)
              || a.parents().stream().anyMatch(p -> p.is("h1, h2, h3, h4, h5, h6, code, pre, .katex, a"))) {
            wrong.add(page + "#" + section.id() + ": " + a.outerHtml());
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(mentions).isGreaterThan(100);
  }

  @Test
  void aMentionOfAFoldedTopicLinksItsSectionNotItsOldAddress() {
    List<String> viaOldAddress = new ArrayList<>();
    int toSections = 0;
    for (String page : site.pagesUnder("topics")) {
      for (Element a : site.page(page).select("a.mention")) {
        BuiltSite.Target target = BuiltSite.resolve(page, a.attr("href"), "").orElseThrow();
        String topic = target.path().replaceFirst("^topics/(.*)\\.html$", "$1");
        if (!homes.hasPage(topic)) {
          viaOldAddress.add(page + ": " + a.outerHtml());
        } else if (target.fragment() != null && target.fragment().startsWith("topic-")) {
          toSections++;
          assertThat(site.page(target.path()).getElementById(target.fragment())).as(a.outerHtml()).isNotNull();
        }
      }
    }
    assertThat(viaOldAddress).isEmpty();
    assertThat(toSections).as("mentions of folded topics").isPositive();
  }

  private static String kind(Link.Kind kind) {
    return switch (kind) {
      case PREREQUISITE -> "prerequisite";
      case LEADS_TO -> "builds on this";
      case SHARED -> "shared questions";
      case MENTION -> "mentioned together";
    };
  }

  @Test
  void aQuestionsShortTitleFromItsSourceShowsAboveItsPromptAndInTheListOfAllQuestions() {
    List<String> wrong = new ArrayList<>();
    int titled = 0;
    Document all = site.page(SiteLayout.allQuestions());
    for (TopicEntry entry : graph.topics()) {
      Document page = site.page(SiteLayout.topic(entry.topic().id()));
      for (MergedQuestion q : entry.questions()) {
        Element article = page.getElementById(q.id());
        Element shown = article == null ? null : article.selectFirst(".question-title");
        Element listed = all.selectFirst("li#" + q.id() + " .question-title");
        String onPage = shown == null ? "" : shown.text();
        String inList = listed == null ? "" : listed.text();
        if (article != null && (!onPage.equals(q.title()) || !inList.equals(q.title()))) {
          wrong.add(q.id() + ": \"" + onPage + "\" / \"" + inList + "\" instead of \"" + q.title() + "\"");
        }
        titled += q.title().isEmpty() ? 0 : 1;
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(titled).as("questions with a short title (001 gives each one)").isGreaterThanOrEqualTo(30);
    assertThat(site.page(SiteLayout.topic("momentum")).select(".question-title").eachText())
        .contains("Momentum: Velocity Update");
  }
}
