package dev.studyguide.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A link check over the whole built site: every internal link, anchor and asset reference resolves. */
class SiteLinksTest {
  /**
   * Pages another output writes into the same site and that is not part of this build yet: links to them are
   * checked as soon as the page exists. search.html comes with the search output (issue 5).
   */
  static final Set<String> PENDING_PAGES = Set.of();

  private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

  static BuiltSite site;
  static Map<String, Set<String>> idsByPage = new HashMap<>();

  @BeforeAll
  static void build() {
    site = SiteBuilds.real();
  }

  @Test
  void everyInternalLinkAndAnchorOnEveryPageResolves() {
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (String page : site.pages()) {
      for (Link link : links(site.page(page))) {
        var target = BuiltSite.resolve(page, link.url(), "");
        if (target.isEmpty()) {
          continue;
        }
        checked++;
        String problem = problem(target.get());
        if (problem != null) {
          broken.add(page + ": <" + link.tag() + "> " + link.url() + " → " + problem);
        }
      }
    }
    System.out.printf("link check: %d pages, %d internal links and anchors%n", site.pages().size(), checked);
    assertThat(broken).as("broken links").isEmpty();
    assertThat(checked).as("internal links checked: at least the header and footer of every page").isGreaterThan(15 * site.pages().size());
  }

  @Test
  void everyUrlInTheStylesheetsResolves() {
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (String css : site.files().stream().filter(f -> f.endsWith(".css")).toList()) {
      Matcher m = CSS_URL.matcher(site.text(css));
      while (m.find()) {
        if (m.group(1).startsWith("data:")) {
          continue;
        }
        checked++;
        var target = BuiltSite.resolve(css, m.group(1), "");
        if (target.isEmpty() || !site.exists(target.get().path())) {
          broken.add(css + ": url(" + m.group(1) + ")");
        }
      }
    }
    assertThat(broken).as("missing files referenced from CSS (fonts)").isEmpty();
    assertThat(checked).as("font references in katex.min.css, one per bundled font").isEqualTo(site.files().stream().filter(f -> f.startsWith("assets/katex/fonts/")).count());
  }

  @Test
  void noPageRepeatsAnElementId() {
    List<String> repeated = new ArrayList<>();
    for (String page : site.pages()) {
      Set<String> seen = new HashSet<>();
      for (Element e : site.page(page).select("[id]")) {
        if (!seen.add(e.id())) {
          repeated.add(page + "#" + e.id());
        }
      }
    }
    assertThat(repeated).as("ids that occur twice on a page (the second can never be a link target)").isEmpty();
  }

  @Test
  void noLinkLeavesTheSiteExceptToTheWeb() {
    List<String> odd = new ArrayList<>();
    for (String page : site.pages()) {
      for (Link link : links(site.page(page))) {
        String url = link.url().strip();
        boolean web = url.startsWith("https://") || url.startsWith("http://");
        boolean absolute = url.startsWith("/") || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
        if (absolute && !web) {
          odd.add(page + ": " + url);
        }
      }
    }
    assertThat(odd).as("root-absolute or non-web links break at a Pages sub-path and from disk").isEmpty();
  }

  private String problem(BuiltSite.Target target) {
    if (!site.exists(target.path())) {
      return PENDING_PAGES.contains(target.path()) ? null : "no such file";
    }
    if (target.fragment().isEmpty() || !target.path().endsWith(".html")) {
      return null;
    }
    Set<String> ids = idsByPage.computeIfAbsent(target.path(), p -> ids(site.page(p)));
    return ids.contains(target.fragment()) ? null : "no element with id \"" + target.fragment() + "\"";
  }

  private static Set<String> ids(Document page) {
    Set<String> ids = new HashSet<>();
    page.select("[id]").forEach(e -> ids.add(e.id()));
    page.select("a[name]").forEach(e -> ids.add(e.attr("name")));
    return ids;
  }

  /** Every URL a browser would follow or load from the page. */
  static List<Link> links(Document page) {
    List<Link> links = new ArrayList<>();
    for (Element e : page.select("a[href], link[href], area[href]")) {
      links.add(new Link(e.tagName(), e.attr("href")));
    }
    for (Element e : page.select("script[src], img[src], iframe[src], source[src]")) {
      links.add(new Link(e.tagName(), e.attr("src")));
    }
    for (Element e : page.select("form[action]")) {
      links.add(new Link(e.tagName(), e.attr("action")));
    }
    return links;
  }

  record Link(String tag, String url) {}
}
