package dev.studyguide.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.check.BuiltSite;
import dev.studyguide.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages of a guide written as people write markdown on GitHub (fixtures/markdown-html/guide): HTML in the text
 * became structure (never tag text), every spelling of math is typeset, the local picture is served from the
 * site's own copy and the remote one is only a link.
 */
class SiteMarkdownAsWrittenTest {
  static BuiltSite site;

  @BeforeAll
  static void build() {
    site = SiteBuilds.markdownAsWritten();
  }

  @Test
  void theDocumentBuildsWithoutAWarning() {
    assertThat(site.diagnostics()).extracting(Diagnostic::format).isEmpty();
  }

  @Test
  void noPageShowsATagAsText() {
    List<String> shown = new ArrayList<>();
    for (String page : site.pages()) {
      String text = site.page(page).body().text();
      for (String tag : List.of("<sup", "<sub", "<br", "<img", "<table", "<td", "<details", "<summary", "</")) {
        if (text.contains(tag)) {
          shown.add(page + ": " + tag);
        }
      }
    }
    assertThat(shown).isEmpty();
  }

  @Test
  void htmlInTheTextIsStructureOnThePage() {
    Document variance = site.page("topics/variance.html");

    assertThat(variance.select(".question .prompt sup").eachText()).containsExactly("2");
    Element table = variance.selectFirst(".answer-body table");
    assertThat(table.select("thead th").eachText()).containsExactly("draws n", "variance of the mean");
    Element cell = table.select("tbody tr").get(1).select("td").get(1);
    assertThat(cell.children()).extracting(Element::tagName).containsExactly("sup", "br", "em");
    assertThat(cell.text()).isEqualTo("σ2/4 half the spread");
    Document descent = site.page("topics/gradient-descent.html");
    assertThat(descent.select(".answer-body sub").eachText()).containsExactly("train");
    assertThat(descent.select(".answer-body details.disclosure > summary").eachText())
        .containsExactly("Why must the step size be small?");
  }

  @Test
  void everySpellingOfMathIsTypesetAndNoMathImageIsLoaded() {
    Document variance = site.page("topics/variance.html");
    Document descent = site.page("topics/gradient-descent.html");

    // The math image of the variance answer; $$…$$ in a line, \(…\), \[…\], ```math and a CodeCogs image.
    assertThat(variance.select(".answer-body .katex")).hasSize(1);
    assertThat(descent.select(".answer-body > p .katex")).hasSize(2); // $$…$$ in a line, \(…\)
    assertThat(descent.select(".answer-body details p .katex")).hasSize(3); // $L$, $2/L$, the CodeCogs image
    assertThat(descent.select(".answer-body .math-display .katex-display")).hasSize(2);
    assertThat(descent.select(".answer-body .katex annotation").eachText())
        .contains("\\theta_{t+1} = \\theta_t - \\eta \\nabla L(\\theta_t)", "\\eta", "f(x_{t+1}) \\le f(x_t)");
    for (String page : site.pages()) {
      assertThat(site.page(page).select("img[src~=^(https?:)?//]").eachAttr("src")).as(page).isEmpty();
    }
  }

  @Test
  void theLocalPictureIsServedFromTheSitesCopyAndTheRemoteOneIsOnlyALink() throws IOException {
    Element picture = site.page("topics/variance.html").selectFirst(".answer-body img.picture");
    assertThat(picture.attr("alt")).isEqualTo("Spread of the sample mean shrinking as n grows");
    assertThat(picture.attr("src")).matches("\\.\\./images/[0-9a-f]{16}\\.png");
    assertThat(Files.readAllBytes(site.root().resolve(picture.attr("src").substring(3))))
        .isEqualTo(Files.readAllBytes(SiteBuilds.MARKDOWN_HTML.resolve("sources/img/spread.png")));

    Element remote = site.page("topics/gradient-descent.html").selectFirst(".answer-body a.image-link");
    assertThat(remote.attr("href")).isEqualTo("https://example.org/descent.png");
    assertThat(remote.text()).isEqualTo("Image: descent path on a contour plot");
  }

  @Test
  void studyCardsShowThePictureFromTheSiteRoot() {
    assertThat(site.text("assets/study-cards.js")).containsPattern("src=\\\\\"images/[0-9a-f]{16}\\.png");
  }
}
