package dev.studyguide.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.check.BuiltSite;
import dev.studyguide.check.LinkCheck;
import dev.studyguide.graph.TopicEntry;
import dev.studyguide.graph.TopicGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What every page of the real guide has: one h1, a title and a meta description of its own, canonical links
 * and a sitemap only when the site's public address is known, and topic pages small enough for a phone.
 */
class SitePageBasicsTest {
  static BuiltSite site;
  static BuiltSite published;

  @BeforeAll
  static void build() {
    site = SiteBuilds.real();
    published = SiteBuilds.realAtPagesUrl();
  }

  @Test
  void everyPageHasExactlyOneH1() {
    Map<String, Integer> wrong = new HashMap<>();
    for (String page : site.pages()) {
      int h1 = site.page(page).select("h1").size();
      if (h1 != 1) {
        wrong.put(page, h1);
      }
    }
    assertThat(wrong).as("pages and their number of h1").isEmpty();
  }

  /** Without an icon link a browser asks for /favicon.ico at the server root: a 404 under a Pages sub-path. */
  @Test
  void everyPageLinksTheShippedIconRelatively() {
    List<String> wrong = new ArrayList<>();
    for (String page : site.pages()) {
      Element icon = site.page(page).selectFirst("head link[rel=icon]");
      String href = icon == null ? "" : icon.attr("href");
      boolean shipped = BuiltSite.resolve(page, href, "").map(t -> t.path().equals("assets/favicon.svg")).orElse(false);
      // The 404 page is served at any address, so it links the icon through the base URL when there is one.
      boolean notFound = page.equals("404.html") && href.endsWith("/assets/favicon.svg");
      if (!notFound && (href.startsWith("/") || href.contains("://") || !shipped)) {
        wrong.add(page + ": " + href);
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(site.root().resolve("assets/favicon.svg")).isRegularFile();
  }

  @Test
  void everyPageHasItsOwnTitleAndADescription() {
    Map<String, String> titles = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (String page : site.pages()) {
      Document doc = site.page(page);
      String title = doc.title();
      String description = doc.select("head > meta[name=description]").attr("content");
      if (title.isBlank() || description.isBlank()) {
        problems.add(page + ": title \"" + title + "\", description \"" + description + "\"");
      }
      String before = titles.put(title, page);
      if (before != null) {
        problems.add(page + " has the same title as " + before + ": " + title);
      }
      if (!page.equals("index.html") && !title.startsWith(doc.select("h1").text())) {
        problems.add(page + ": title \"" + title + "\" does not start with its h1");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void withoutABaseUrlThereAreNoCanonicalLinksNoSitemapAndOnlyRelativeLinks() {
    List<String> absolute = new ArrayList<>();
    for (String page : site.pages()) {
      Document doc = site.page(page);
      assertThat(doc.select("link[rel=canonical]")).as(page).isEmpty();
      for (LinkCheck.Link link : LinkCheck.links(doc)) {
        if (link.url().matches("^(https?:)?//.*") && !link.tag().equals("a")) {
          absolute.add(page + ": " + link.url());
        }
      }
    }
    assertThat(absolute).as("assets must load from disk and from any sub-path").isEmpty();
    assertThat(site.exists("sitemap.xml")).as("a sitemap of relative URLs is invalid").isFalse();
    assertThat(site.text("robots.txt")).doesNotContain("Sitemap:");
  }

  @Test
  void withABaseUrlEveryPageButTheNotFoundPageNamesItsCanonicalUrl() {
    List<String> wrong = new ArrayList<>();
    for (String page : published.pages()) {
      List<String> canonical = published.page(page).select("head > link[rel=canonical]").eachAttr("href");
      List<String> expected = page.equals("404.html") ? List.of() : List.of(SiteBuilds.PAGES_URL + page);
      if (!canonical.equals(expected)) {
        wrong.add(page + ": " + canonical);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void withABaseUrlTheSitemapListsEveryPageButTheNotFoundPageAndRobotsPointsToIt() {
    Document sitemap = Jsoup.parse(published.text("sitemap.xml"), "", Parser.xmlParser());
    List<String> expected = published.pages().stream().filter(p -> !p.equals("404.html"))
        .map(p -> SiteBuilds.PAGES_URL + p).toList();
    assertThat(sitemap.select("urlset > url > loc").eachText()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(published.text("robots.txt")).contains("Sitemap: " + SiteBuilds.PAGES_URL + "sitemap.xml");
  }

  @Test
  void withABaseUrlTheNotFoundPageLinksFromTheSiteRootSinceItIsServedAtAnyAddress() {
    Document notFound = published.page("404.html");
    List<String> unresolved = new ArrayList<>();
    for (LinkCheck.Link link : LinkCheck.links(notFound)) {
      if (link.url().startsWith("#")) {
        continue;
      }
      if (!link.url().startsWith(SiteBuilds.PAGES_URL)) {
        unresolved.add(link.url());
      } else {
        BuiltSite.Target t = BuiltSite.resolve("404.html", link.url(), SiteBuilds.PAGES_URL).orElseThrow();
        if (!published.exists(t.path())) {
          unresolved.add(link.url());
        }
      }
    }
    assertThat(unresolved).as("links on 404.html that are relative or lead nowhere").isEmpty();
    // Other pages keep relative links even when the address is known, so a downloaded copy works from disk.
    Element brand = published.page("topics/svm.html").selectFirst("a.brand");
    assertThat(brand.attr("href")).isEqualTo("../index.html");
  }

  @Test
  void theMedianTopicPageIsAtMost40Kb() {
    List<Long> sizes = site.pagesUnder("topics").stream().map(site::size).sorted().toList();
    long median = sizes.get(sizes.size() / 2);
    long total = site.files().stream().mapToLong(site::size).sum();
    System.out.printf("topic pages: %d, median %.1f KB, largest %.1f KB; site: %d files, %.1f MB%n", sizes.size(),
        median / 1024.0, sizes.get(sizes.size() - 1) / 1024.0, site.files().size(), total / 1048576.0);
    assertThat(median).isLessThanOrEqualTo(40 * 1024);
  }

  @Test
  void theHomePageCountsEachCategorysTopicsAndQuestionsAsAReaderSaysThem() {
    TopicGraph graph = SiteBuilds.realGraph();
    List<String> expected = graph.taxonomy().categories().stream().map(c -> {
      List<TopicEntry> topics = graph.topicsIn(c.id());
      int questions = topics.stream().mapToInt(e -> e.questions().size()).sum();
      return Views.count(topics.size(), "topic") + " · " + Views.count(questions, "question");
    }).toList();
    assertThat(site.page("index.html").select(".category-card .counts").eachText()).isEqualTo(expected)
        .contains("1 topic · 0 questions"); // Unsorted: 004's Key Takeaways, a note
  }
}
