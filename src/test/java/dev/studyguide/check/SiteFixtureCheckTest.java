package dev.studyguide.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site part of the check on small hand-written sites, each broken in one way, reported at page and line. */
class SiteFixtureCheckTest {
  @TempDir Path site;

  static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title
        + "</title>\n</head>\n<body>\n" + body + "\n</body>\n</html>\n";
  }

  void write(String path, String text) throws IOException {
    Files.createDirectories(site.resolve(path).getParent());
    Files.writeString(site.resolve(path), text);
  }

  @BeforeEach
  void aValidHomeLinkingToATopic() throws IOException {
    write("index.html", page("Home", "<main>\n<h1>Home</h1>\n<p><a href=\"topics/a.html#q1\">A</a></p>\n</main>"));
    write("topics/a.html", page("A", "<main>\n<h1 id=\"q1\">A</h1>\n<p><a href=\"../index.html\">Home</a></p>\n</main>"));
    write("404.html", page("Not found", "<p>Not found.</p>"));
  }

  @Test
  void aValidSiteHasNoFindings() {
    SiteCheck.Result result = SiteCheck.run(site);
    assertThat(result.findings()).extracting(Finding::format).isEmpty();
    assertThat(result.validated()).isEqualTo(3);
    assertThat(result.links()).isEqualTo(2);
  }

  @Test
  void aBrokenLinkAndAMissingAnchorAreErrorsAtTheirPageAndLine() throws IOException {
    write("topics/a.html", page("A", "<main>\n<h1 id=\"q1\">A</h1>\n<p><a href=\"../index.html\">Home</a></p>\n"
        + "<p><a href=\"b.html\">B</a> and <a href=\"../index.html#nowhere\">top</a></p>\n</main>"));
    assertThat(SiteCheck.run(site).findings()).extracting(Finding::format).containsExactly(
        "topics/a.html:11: error: [links] <a> b.html → no such file (fix the link or the template that writes it)",
        "topics/a.html:11: error: [links] <a> ../index.html#nowhere → no element with id \"nowhere\" (fix the link"
            + " or the template that writes it)");
  }

  @Test
  void aPageNoLinkReachesIsAnOrphan() throws IOException {
    write("topics/orphan.html", page("Orphan", "<main><h1>Orphan</h1><a href=\"../index.html\">Home</a></main>"));
    assertThat(SiteCheck.run(site).findings()).extracting(Finding::format).containsExactly(
        "topics/orphan.html: error: [reachability] orphan page: no chain of links from index.html reaches it"
            + " (link to it from a page that is reached, or stop writing it)");
  }

  @Test
  void aPageThatOnlySendsTheBrowserOnNeedsNoLinkToIt() throws IOException {
    // A folded topic's old address: the site links its section instead; the page is there for old bookmarks.
    write("topics/old.html", "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>Old</title>\n<meta http-equiv=\"refresh\" content=\"0; url=a.html#q1\">\n</head>\n<body>\n"
        + "<main><p><a href=\"a.html#q1\">A</a></p></main>\n</body>\n</html>\n");
    assertThat(SiteCheck.run(site).findings()).extracting(Finding::format).isEmpty();
  }

  @Test
  void invalidHtmlIsReportedByTheNuCheckerAtItsLine() throws IOException {
    write("topics/a.html", page("A", "<main>\n<h1 id=\"q1\">A</h1>\n<p><a href=\"../index.html\" foo=\"1\">Home</a>"
        + "</p>\n<p><div>block in a paragraph</div></p>\n<img src=\"../index.html\">\n</main>"));
    var html = SiteCheck.run(site).findings().stream().filter(f -> f.area() == Finding.Area.HTML).toList();
    assertThat(html).extracting(Finding::where, Finding::level).contains(
        org.assertj.core.groups.Tuple.tuple("topics/a.html:10", Finding.Level.ERROR),
        org.assertj.core.groups.Tuple.tuple("topics/a.html:11", Finding.Level.ERROR),
        org.assertj.core.groups.Tuple.tuple("topics/a.html:12", Finding.Level.ERROR));
    assertThat(html).extracting(Finding::message).anyMatch(m -> m.startsWith("Attribute “foo” not allowed on element “a”"))
        .anyMatch(m -> m.startsWith("No “p” element in scope but a “p” end tag seen"))
        .anyMatch(m -> m.startsWith("An “img” element must have an “alt” attribute"));
  }

  @Test
  void aFolderWithoutAHomePageIsOneErrorThatSaysToBuildFirst() throws IOException {
    Files.delete(site.resolve("index.html"));
    assertThat(SiteCheck.run(site).findings()).extracting(Finding::message)
        .containsExactly("no built site here (no index.html)");
  }

  @Test
  void withoutChromiumTheAccessibilityPartIsSkippedWithANoticeNotAnError() {
    AccessibilityCheck.Result result = AccessibilityCheck.run(new BuiltSite(site), site.resolve("cache"),
        java.util.Optional.empty());
    assertThat(result.findings()).isEmpty();
    assertThat(result.pages()).isEmpty();
    assertThat(result.skipped()).isEqualTo("chromium is not installed: accessibility (axe-core) not checked");
  }
}
