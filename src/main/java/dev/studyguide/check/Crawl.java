package dev.studyguide.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A learner who starts on the home page and only follows links: the pages reached, the {@code page#id} anchors
 * linked from them, and the orphans (pages of the site no chain of links reaches).
 */
public record Crawl(Set<String> reached, Set<String> linkedAnchors) {
  public static final String HOME = "index.html";
  /** Pages a host serves by itself (the not-found page), so no link needs to lead to them. */
  public static final Set<String> SERVED_BY_THE_HOST = Set.of("404.html");

  public static Crawl from(BuiltSite site) {
    Set<String> reached = new LinkedHashSet<>();
    Set<String> anchors = new LinkedHashSet<>();
    if (!site.exists(HOME)) {
      return new Crawl(reached, anchors);
    }
    Deque<String> queue = new ArrayDeque<>(List.of(HOME));
    reached.add(HOME);
    while (!queue.isEmpty()) {
      String page = queue.removeFirst();
      for (Element a : site.page(page).select("a[href]")) {
        BuiltSite.Target t;
        try {
          t = BuiltSite.resolve(page, a.attr("href"), "").filter(x -> site.exists(x.path())).orElse(null);
        } catch (IllegalArgumentException malformed) {
          continue; // the link check reports it
        }
        if (t == null) {
          continue;
        }
        if (!t.fragment().isEmpty()) {
          anchors.add(t.path() + "#" + t.fragment());
        }
        if (t.path().endsWith(".html") && reached.add(t.path())) {
          queue.addLast(t.path());
        }
      }
    }
    return new Crawl(reached, anchors);
  }

  /**
   * Pages of the site the crawl never reached, sorted. A page that only sends the browser on (a folded topic's
   * old address) is there for links from outside, bookmarks and old builds; the site links where it leads.
   */
  public List<String> orphans(BuiltSite site) {
    List<String> orphans = new ArrayList<>();
    for (String page : site.pages()) {
      if (!reached.contains(page) && !SERVED_BY_THE_HOST.contains(page) && !redirect(site, page)) {
        orphans.add(page);
      }
    }
    return orphans;
  }

  private static boolean redirect(BuiltSite site, String page) {
    return site.page(page).selectFirst("head > meta[http-equiv=refresh]") != null;
  }

  public List<Finding> findings(BuiltSite site) {
    if (!site.exists(HOME)) {
      return List.of(Finding.error(Finding.Area.REACHABILITY, HOME, 0, "the site has no home page",
          "build the site first: ./studyguide build --out " + site.root()));
    }
    return orphans(site).stream().map(page -> Finding.error(Finding.Area.REACHABILITY, page, 0,
        "orphan page: no chain of links from " + HOME + " reaches it",
        "link to it from a page that is reached, or stop writing it")).toList();
  }
}
