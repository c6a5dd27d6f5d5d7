package dev.studyguide.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Every internal link, anchor and asset reference of a built site resolves: each URL a browser would follow or
 * load from a page (and each {@code url(...)} in a stylesheet) names a file of the site, and a {@code #fragment}
 * on a page names an element id there.
 */
public final class LinkCheck {
  private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

  /** A URL on a page: the element that carries it, and the line of that element. */
  public record Link(String tag, String url, int line) {}

  /** The broken links found, and how many internal links were followed (pages and stylesheets). */
  public record Result(List<Finding> broken, int checked, int cssChecked) {}

  private final BuiltSite site;
  private final Map<String, Set<String>> idsByPage = new ConcurrentHashMap<>();

  public LinkCheck(BuiltSite site) {
    this.site = site;
  }

  public Result run() {
    List<Finding> broken = new ArrayList<>();
    int checked = 0;
    for (String page : site.pages()) {
      for (Link link : links(site.page(page))) {
        var target = resolve(page, link.url());
        if (target.isEmpty()) {
          continue;
        }
        checked++;
        String problem = problem(target.get());
        if (problem != null) {
          broken.add(Finding.error(Finding.Area.LINKS, page, link.line(), "<" + link.tag() + "> " + link.url() + " → "
              + problem, "fix the link or the template that writes it"));
        }
      }
    }
    int cssChecked = 0;
    for (String css : site.files().stream().filter(f -> f.endsWith(".css")).toList()) {
      String text = site.text(css);
      Matcher m = CSS_URL.matcher(text);
      while (m.find()) {
        if (m.group(1).startsWith("data:")) {
          continue;
        }
        cssChecked++;
        var target = resolve(css, m.group(1));
        if (target.isEmpty() || !site.exists(target.get().path())) {
          broken.add(Finding.error(Finding.Area.LINKS, css, lineOf(text, m.start()), "url(" + m.group(1)
              + ") → no such file", "add the file to templates/assets or fix the stylesheet"));
        }
      }
    }
    return new Result(broken, checked, cssChecked);
  }

  private java.util.Optional<BuiltSite.Target> resolve(String from, String url) {
    try {
      return BuiltSite.resolve(from, url, "");
    } catch (IllegalArgumentException malformed) {
      return java.util.Optional.of(new BuiltSite.Target("", "", "")); // reported as a missing file
    }
  }

  /** Why a target does not resolve, or null when it does. */
  public String problem(BuiltSite.Target target) {
    if (target.path().isEmpty() || !site.exists(target.path())) {
      return "no such file";
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
  public static List<Link> links(Document page) {
    List<Link> links = new ArrayList<>();
    for (Element e : page.select("a[href], link[href], area[href]")) {
      links.add(new Link(e.tagName(), e.attr("href"), line(e)));
    }
    for (Element e : page.select("script[src], img[src], iframe[src], source[src]")) {
      links.add(new Link(e.tagName(), e.attr("src"), line(e)));
    }
    for (Element e : page.select("form[action]")) {
      links.add(new Link(e.tagName(), e.attr("action"), line(e)));
    }
    return links;
  }

  /** The line an element starts on, when the page was parsed keeping positions (else 0). */
  static int line(Element e) {
    int line = e.sourceRange().start().lineNumber();
    return Math.max(line, 0);
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
