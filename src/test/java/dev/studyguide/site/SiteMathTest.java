package dev.studyguide.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.check.BuiltSite;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Math on the built pages is typeset: no TeX delimiter or command is left in the text a reader sees (outside
 * code), KaTeX never fell back to its red error markup; a formula KaTeX rejects is shown as readable source
 * with KaTeX's message (on a fixture: the real guide's one such typo is corrected in guide.yaml).
 */
class SiteMathTest {
  /** TeX a reader should never see as text: delimiters, and commands the sources use. */
  private static final Pattern RAW_TEX = Pattern.compile(
      "\\$|\\\\[()\\[\\]]|\\\\(frac|sum|prod|int|sqrt|mathbb|mathcal|mathbf|text|left|right|begin|cdot|hat|partial"
          + "|nabla|alpha|beta|theta|sigma|lambda|mu|log|exp)\\b");
  /** 002:1774 as the sheet writes it (the "}" after x should be ")"), as the bad-formula fixture has it. */
  private static final String KNOWN_BAD = "\\text{IS} = \\exp(\\mathbb{E}_x[D_{KL}(p(y|x}||p(y)))]).";

  static BuiltSite site;

  @BeforeAll
  static void build() {
    site = SiteBuilds.real();
  }

  @Test
  void noPageShowsRawTexOutsideCode() {
    List<String> raw = new ArrayList<>();
    for (String page : site.pages()) {
      Document doc = site.page(page);
      doc.body().traverse((node, depth) -> {
        if (node instanceof TextNode text && !insideCodeOrMath(text) && RAW_TEX.matcher(text.text()).find()) {
          raw.add(page + ": " + abbreviate(text.text()));
        }
      });
      String head = doc.title() + " " + doc.select("meta[name=description]").attr("content");
      if (RAW_TEX.matcher(head).find()) {
        raw.add(page + " <head>: " + abbreviate(head));
      }
    }
    assertThat(raw).as("TeX left as text").isEmpty();
  }

  @Test
  void everyWrittenFileHasTheMarkupOfItsFormulasNotAReferenceToIt() {
    List<String> withReferences = site.files().stream()
        .filter(f -> f.endsWith(".html") || f.endsWith(".js") || f.endsWith(".json") || f.endsWith(".txt"))
        .filter(f -> site.text(f).contains("<!--math:")).toList();
    assertThat(withReferences).isEmpty();
    assertThat(site.text("topics/kl-divergence.html")).contains("<span class=\"katex\">");
    assertThat(site.text("assets/study-cards.js")).contains("<span class=\\\"katex\\\">");
  }

  @Test
  void katexNeverFellBackToErrorMarkup() {
    List<String> errors = new ArrayList<>();
    for (String page : site.pages()) {
      if (site.text(page).contains("katex-error")) {
        errors.add(page);
      }
    }
    assertThat(errors).isEmpty();
  }

  @Test
  void noFormulaOfTheRealGuideIsShownAsSourceOnceTheSheetsTypoIsCorrected() {
    List<String> shownAsSource = new ArrayList<>();
    for (String page : site.pages()) {
      for (Element code : site.page(page).select("code.math-source")) {
        shownAsSource.add(page + ": " + code.text());
      }
    }
    assertThat(shownAsSource).isEmpty();
    // guide.yaml corrects 002:1774, where the sheet closes with "}" a parenthesis it opened.
    assertThat(site.page("topics/gan-evaluation.html").select(".notes annotation").eachText())
        .contains("\\text{IS} = \\exp(\\mathbb{E}_x[D_{KL}(p(y|x) \\| p(y))]).");
  }

  @Test
  void aFormulaKatexRejectsIsShownAsItsSourceWithKatexsMessageAndReportedAtItsLine() {
    BuiltSite bad = SiteBuilds.badFormula();
    Element code = bad.page("topics/inception-score.html").selectFirst(".notes code.math-source");
    assertThat(code).isNotNull();
    assertThat(code.text()).isEqualTo("$$" + KNOWN_BAD + "$$");
    assertThat(code.attr("title")).startsWith("KaTeX parse error: Expected 'EOF', got '}'");
    assertThat(bad.pages()).filteredOn(p -> p.startsWith("packs/") && !p.equals("packs/index.html")).isNotEmpty()
        .allSatisfy(p -> assertThat(bad.page(p).select("code.math-source").eachText())
            .containsOnly("$$" + KNOWN_BAD + "$$"));
    assertThat(bad.diagnostics()).anySatisfy(d ->
        assertThat(d.format()).startsWith("sheet.md:7: warning: formula cannot be typeset: KaTeX"));
  }

  @Test
  void typesetMathCarriesMathMlForScreenReadersAndCopying() {
    List<String> incomplete = new ArrayList<>();
    int formulas = 0;
    for (String page : site.pages()) {
      for (Element katex : site.page(page).select(".katex")) {
        formulas++;
        boolean mathMl = katex.select("math annotation[encoding=application/x-tex]").size() == 1;
        boolean hiddenHtml = katex.select(".katex-html[aria-hidden=true]").size() == 1;
        if (!mathMl || !hiddenHtml) {
          incomplete.add(page + ": " + abbreviate(katex.text()));
        }
      }
    }
    assertThat(incomplete).as("formulas without MathML or with visible duplicate HTML").isEmpty();
    assertThat(formulas).as("formulas on all pages").isGreaterThan(509);
    // The 002 sheet's SVM note has 7 display formulas; the page repeats the first 4 as its key formulas.
    Document svm = site.page("topics/svm.html");
    Element note = svm.select("section.note").stream()
        .filter(n -> n.selectFirst("h3").ownText().equals("Support Vector Machines (SVM)")).findFirst().orElseThrow();
    assertThat(note.select(".math-display > .katex-display")).hasSize(7);
    assertThat(svm.select(".key-formulas .math-display > .katex-display")).hasSize(4);
  }

  @Test
  void sourcePagesTypesetTheMathOfTheItemsTheyList() {
    Element row = site.page("sources/001_e28f1e3c4a3a8fd7.html").select("tr:has(td.label:matchesOwn(^#4$))").first();
    assertThat(row.text()).contains("Why is self-attention scaled by");
    assertThat(row.select(".katex annotation").text()).isEqualTo("\\sqrt{d_k}");
  }

  private static boolean insideCodeOrMath(TextNode text) {
    return text.parent() instanceof Element parent && parent.closest("code, pre, .katex, script") != null;
  }

  private static String abbreviate(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    return t.length() > 120 ? t.substring(0, 120) + "…" : t;
  }
}
