package dev.studyguide.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.check.BuiltSite;
import dev.studyguide.check.Crawl;
import dev.studyguide.graph.MergedQuestion;
import dev.studyguide.graph.Placement;
import dev.studyguide.graph.TopicEntry;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.graph.TopicHomes;
import dev.studyguide.model.Item;
import dev.studyguide.model.SourceReading;
import dev.studyguide.render.SiteLayout;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A learner who starts on the home page and only follows links reaches every topic, question, note and source
 * item of the real guide: each is on a page the crawl reaches, and some reached page links straight to it.
 */
class SiteReachabilityTest {
  static BuiltSite site;
  static TopicGraph graph;
  static List<SourceReading> readings;
  /** Pages reached from index.html by following links. */
  static Set<String> reached = new LinkedHashSet<>();
  /** "page#id" of every link with a fragment on a reached page. */
  static Set<String> linkedAnchors = new LinkedHashSet<>();
  static TopicHomes homes;

  @BeforeAll
  static void crawlFromTheHomePage() {
    site = SiteBuilds.real();
    graph = SiteBuilds.realGraph();
    homes = TopicHomes.of(graph);
    readings = SiteBuilds.realGuide().corpus().readings();
    Crawl crawl = Crawl.from(site);
    reached.addAll(crawl.reached());
    linkedAnchors.addAll(crawl.linkedAnchors());
  }

  @Test
  void everyPageButTheNotFoundPageAndOldAddressesIsReachedFromTheHomePage() {
    List<String> pages = new ArrayList<>(site.pages());
    pages.remove("404.html");
    int packs = 1 + graph.taxonomy().categories().size()
        + SiteBuilds.realGuide().corpus().config().packs().size(); // the guide, each category, extras
    assertThat(pages).hasSize(1 + graph.taxonomy().categories().size() + graph.topics().size() + 1 + readings.size()
        + 1 + packs + 1 + 2); // and search.html, study.html, roadmap.html
    // A folded topic's old address is kept for bookmarks; the site links its section instead.
    homes.folded().keySet().forEach(id -> pages.remove(SiteLayout.topic(id)));
    assertThat(reached).containsExactlyInAnyOrderElementsOf(pages);
    assertThat(Crawl.from(site).orphans(site)).isEmpty();
  }

  @Test
  void everyTopicHasItsPageOrItsSectionWithItsTitleAsHeading() {
    List<String> missing = new ArrayList<>();
    for (TopicEntry entry : graph.topics()) {
      String id = entry.topic().id();
      String page = SiteLayout.topic(homes.pageOf(id));
      Element heading = homes.hasPage(id) ? site.page(page).selectFirst("h1")
          : site.page(page).selectFirst("#" + SiteLayout.topicSection(id) + " > h3");
      boolean linked = homes.hasPage(id) || linkedAnchors.contains(page + "#" + SiteLayout.topicSection(id));
      if (!reached.contains(page) || !linked || heading == null || !heading.text().equals(entry.topic().title())) {
        missing.add(id);
      }
    }
    assertThat(missing).as("topics without a reachable page or linked section titled by the topic").isEmpty();
    assertThat(homes.folded()).as("folded topics").isNotEmpty();
    assertThat(graph.taxonomy().authored().topics().size()).as("topics in content/topics.yaml").isEqualTo(292);
  }

  @Test
  void everyQuestionIsOnItsTopicPageAndLinkedFromTheSite() {
    List<String> missing = new ArrayList<>();
    for (MergedQuestion q : graph.questions()) {
      String page = SiteLayout.topic(q.placement().topic());
      boolean onPage = reached.contains(page) && !site.page(page).select("article.question[id=" + q.id() + "]").isEmpty();
      if (!onPage || !linkedAnchors.contains(page + "#" + q.id())) {
        missing.add(q.id() + " on " + page);
      }
    }
    assertThat(missing).as("questions not on their topic page or never linked to").isEmpty();
    // Merging loses no question: the merged questions hold every question the sources ask, once.
    long asked = readings.stream().flatMap(r -> r.items().stream()).filter(Item::isQuestion).count();
    assertThat(graph.questions().stream().mapToInt(q -> q.members().size()).sum()).isEqualTo((int) asked);
    assertThat(asked).isEqualTo(182);
  }

  @Test
  void theAllQuestionsPageListsEveryQuestionOnce() {
    List<String> listed = site.page(SiteLayout.allQuestions()).select("ol.question-lines > li[id]").eachAttr("id");
    assertThat(listed).containsExactlyInAnyOrderElementsOf(graph.questions().stream().map(MergedQuestion::id).toList());
  }

  @Test
  void everyNoteIsOnItsTopicPageAndLinkedFromItsSourcePage() {
    List<String> missing = new ArrayList<>();
    for (Placement note : graph.notes()) {
      String page = SiteLayout.topic(note.topic());
      String id = note.item().id();
      boolean onPage = reached.contains(page) && !site.page(page).select("section.note[id=" + id + "]").isEmpty();
      if (!onPage || !linkedAnchors.contains(page + "#" + id)) {
        missing.add(id + " (" + note.item().title() + ") on " + page);
      }
    }
    assertThat(missing).as("notes not on their topic page or never linked to").isEmpty();
    assertThat(graph.notes().size()).as("notes: every non-question item of the sources").isEqualTo(393 - 182);
  }

  @Test
  void everySourceItemHasARowOnItsSourcePageLinkedFromItsBadge() {
    List<String> missing = new ArrayList<>();
    int items = 0;
    for (SourceReading reading : readings) {
      String page = SiteLayout.source(reading.document().file());
      for (Item item : reading.items()) {
        items++;
        Element row = reached.contains(page) ? site.page(page).getElementById(item.id()) : null;
        boolean labelled = row != null && row.select("td.label").text().equals(item.source().label());
        if (!labelled || !linkedAnchors.contains(page + "#" + item.id())) {
          missing.add(item.source().file() + " " + item.source().label() + " (" + item.id() + ")");
        }
      }
    }
    assertThat(missing).as("source items without a labelled row that a badge links to").isEmpty();
    assertThat(items).isEqualTo(393);
  }

  @Test
  void everySourceRowLinksToTheTopicWhereItsItemNowLives() {
    List<String> wrong = new ArrayList<>();
    for (SourceReading reading : readings) {
      String page = SiteLayout.source(reading.document().file());
      for (Item item : reading.items()) {
        String topic = graph.topicOf(item).orElseThrow();
        String anchor = item.isQuestion() ? graph.questionByItem().get(item.id()).id() : item.id();
        String href = site.page(page).getElementById(item.id()).select("td:last-child > a").attr("href");
        if (!href.equals("../" + SiteLayout.topic(topic) + "#" + anchor)) {
          wrong.add(item.id() + " → " + href);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }
}
