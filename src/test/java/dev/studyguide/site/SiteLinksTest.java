package dev.studyguide.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.check.BuiltSite;
import dev.studyguide.check.Finding;
import dev.studyguide.check.LinkCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The link check of {@code studyguide check} over the whole built site: every internal link, anchor and asset
 * reference resolves.
 */
class SiteLinksTest {
  static BuiltSite site;
  static LinkCheck.Result links;

  @BeforeAll
  static void build() {
    site = SiteBuilds.real();
    links = new LinkCheck(site).run();
  }

  @Test
  void everyInternalLinkAndAnchorOnEveryPageResolves() {
    System.out.printf("link check: %d pages, %d internal links and anchors%n", site.pages().size(), links.checked());
    assertThat(links.broken()).as("broken links").extracting(Finding::format).isEmpty();
    assertThat(links.checked()).as("internal links checked: at least the header and footer of every page").isGreaterThan(15 * site.pages().size());
  }

  @Test
  void everyUrlInTheStylesheetsResolves() {
    assertThat(links.broken()).filteredOn(f -> f.file().endsWith(".css")).as("missing files referenced from CSS (fonts)").isEmpty();
    assertThat(links.cssChecked()).as("font references in katex.min.css, one per bundled font").isEqualTo(site.files().stream().filter(f -> f.startsWith("assets/katex/fonts/")).count());
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
      for (LinkCheck.Link link : LinkCheck.links(site.page(page))) {
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
}
