package dev.studyguide.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.check.BrowserSession;
import dev.studyguide.check.Chromium;
import dev.studyguide.pipeline.Build;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A site built from a markdown document that tries every way HTML inside markdown could run script (script and
 * style elements, event handlers, javascript: and data: links, svg, iframe, object, noscript), opened page by page
 * in headless Chromium: nothing runs, nothing in the page could run on a click or a hover, nothing loads from
 * another host, and the document's words are there.
 */
class HostileMarkdownBrowserTest {
  static final Path CONTENT = Path.of("src/test/resources/fixtures/markdown-html/hostile");
  /** Installed before every document's own scripts: any dialog a script opens is recorded, not shown. */
  private static final String RECORD_DIALOGS = "window.__ran = [];"
      + "for (const f of ['alert', 'confirm', 'prompt', 'print']) window[f] = m => window.__ran.push(f + ':' + m);";
  @RegisterExtension static final BrowserSession BROWSER = new BrowserSession(1280, 900);
  private static Path site;
  private static Build.Result result;

  @BeforeAll
  static void build() throws Exception {
    site = SiteBuilds.ROOT.resolve("hostile-markdown").toAbsolutePath();
    SiteBuilds.deleteTree(site);
    result = SiteBuilds.build(CONTENT, SiteBuilds.TEMPLATES, site, SiteBuilds.MATH_CACHE, "");
    if (BROWSER.chromium().isPresent()) {
      BROWSER.chromium().get().call("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_DIALOGS));
    }
  }

  @Test
  void wordsThatLookLikeTheRenderersFormulaReferencesStayTheDocumentsWords() throws IOException {
    assertThat(result.published()).isTrue();
    assertThat(Files.readString(site.resolve("topics/unsorted.html")))
        .contains("<code>&lt;!--math:99999--&gt;</code> and &lt;!--math:1--&gt; in a sentence");
    try (Stream<Path> files = Files.walk(site.resolve("search"))) {
      assertThat(files.filter(Files::isRegularFile).map(HostileMarkdownBrowserTest::read)
          .filter(text -> text.contains("<!--math:99999-->")).count()).as("search documents with the words").isOne();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void noPageRunsOrCouldRunAnythingTheDocumentWrote() throws Exception {
    assertThat(result.published()).isTrue();
    Chromium chromium = BROWSER.chromium().orElseThrow();
    List<Path> pages;
    try (Stream<Path> files = Files.walk(site)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(pages).hasSizeGreaterThan(10);
    for (Path page : pages) {
      chromium.load(page.toUri().toString(), "true");
      String name = site.relativize(page).toString();
      assertThat(Chromium.list(chromium.eval("window.__ran"))).as(name + ": dialogs opened").isEmpty();
      assertThat(Chromium.list(chromium.eval("[...document.querySelectorAll('*')].flatMap(e => [...e.attributes]"
          + ".filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))")))
          .as(name + ": event handlers").isEmpty();
      assertThat(Chromium.list(chromium.eval("[...document.links].map(a => a.protocol)"
          + ".filter(p => !['http:', 'https:', 'file:', 'mailto:'].includes(p))")))
          .as(name + ": links to script").isEmpty();
      assertThat(Chromium.list(chromium.eval("[...document.querySelectorAll('iframe, object, embed, textarea, "
          + ":is(.question, .note, .answer-body) :is(style, script)')].map(e => e.tagName)")))
          .as(name + ": embedded or script elements").isEmpty();
      assertThat(Chromium.list(chromium.eval("[...document.scripts].map(s => s.src).filter(s => s && "
          + "!s.startsWith('file:'))"))).as(name + ": scripts from elsewhere").isEmpty();
      assertThat(Chromium.list(chromium.eval("performance.getEntriesByType('resource').map(r => r.name)"
          + ".filter(n => !n.startsWith('file:'))"))).as(name + ": loads from another host").isEmpty();
    }
  }

  @Test
  void theDocumentsWordsAreShownAsTextWithoutATagInSight() throws Exception {
    Chromium chromium = BROWSER.chromium().orElseThrow();
    chromium.load(site.resolve("topics/variance.html").toUri().toString(), "true");
    chromium.eval("document.querySelectorAll('details').forEach(d => d.open = true)");
    String text = chromium.text("document.querySelector('main').innerText");

    assertThat(text).contains("Why does the spread of a sample mean shrink with n2?", "The proof, again and once more",
        "a broken picture", "The variance of the mean is σ2/n", "a markdown link and a markdown image", "Open me",
        "Variance adds up:", "missing", "escape");
    // The autolink's address stays as its words (never a link); no tag is shown as text.
    assertThat(text).doesNotContain("<", ">", "onload", "onerror", "onclick");
  }
}
