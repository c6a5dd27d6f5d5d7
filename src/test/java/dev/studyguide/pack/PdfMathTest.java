package dev.studyguide.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfMathTest {
  private final TexBoxes boxes = new TexBoxes();

  @Test
  void aFormulaBecomesAnObjectSizedInEmsAndLoweredByItsDepth() {
    PdfMath math = new PdfMath(boxes, "");
    String markup = math.math("\\frac{a}{b}", false);
    TexBox box = boxes.box("\\frac{a}{b}", false).orElseThrow();
    assertThat(markup).startsWith("<object type=\"" + PdfMath.OBJECT_TYPE + "\" class=\"tex\" data-key=\"0\"")
        .contains(String.format(java.util.Locale.ROOT, "width:%.3fem;height:%.3fem;vertical-align:-%.3fem",
            box.widthEm(), box.heightEm(), box.depthEm()));
    assertThat(math.box("0")).isSameAs(box);
    assertThat(math.math("\\frac{a}{b}", false)).as("the same formula, the same key").isEqualTo(markup);
    assertThat(math.math("\\frac{a}{b}", true)).contains("class=\"tex display\" data-key=\"1\"");
  }

  @Test
  void aWideDisplayFormulaIsScaledToTheColumn() {
    PdfMath math = new PdfMath(boxes, "");
    String wide = "a+b+c+d+e+f+g+h+i+j+k+l+m+n+o+p+q+r+s+t+u+v+w+x+y+z+a+b+c+d+e+f+g+h+i+j+k+l+m+n+o+p+q+r";
    assertThat(math.math(wide, true)).contains("width:44.000em");
  }

  @Test
  void texThatDoesNotParseShowsAsItsSourceAndIsRemembered() {
    PdfMath math = new PdfMath(boxes, "");
    assertThat(math.math("a}b", true)).isEqualTo("<code class=\"math-source\">$$a}b$$</code>");
    assertThat(math.failed()).containsExactly("a}b");
  }

  @Test
  void mentionsLinkToThePublishedSiteOrNowhere() {
    assertThat(new PdfMath(boxes, "").topicHref("mle")).isEmpty();
    assertThat(new PdfMath(boxes, "https://x.github.io/guide/").topicHref("mle"))
        .isEqualTo("https://x.github.io/guide/topics/mle.html");
  }
}
