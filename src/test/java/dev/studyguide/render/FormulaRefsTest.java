package dev.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Formulas held once and put into fragments as their files are written. */
class FormulaRefsTest {
  private final FormulaRefs refs = new FormulaRefs(List.of("<span class=\"katex\">x</span>", "<span>y</span>"));

  @Test
  void aFragmentGetsTheMarkupOfEveryFormulaItRefersTo() {
    String fragment = "<p>Let " + FormulaRefs.ref(0) + " and " + FormulaRefs.ref(1) + ", then "
        + FormulaRefs.ref(0) + ".</p>";
    assertThat(refs.expand(fragment))
        .isEqualTo("<p>Let <span class=\"katex\">x</span> and <span>y</span>, then <span class=\"katex\">x</span>.</p>");
    assertThat(refs.expand("<p>no formula, a comment <!-- kept --></p>"))
        .isEqualTo("<p>no formula, a comment <!-- kept --></p>");
  }

  @Test
  void aReferenceWrittenInPiecesIsExpandedWhole() throws IOException {
    String page = "<p>a " + FormulaRefs.ref(1) + " b <!-- c --> d &lt;!--math:0--&gt; e" + FormulaRefs.ref(0);
    for (int cut = 0; cut <= page.length(); cut++) {
      for (int second = cut; second <= page.length(); second += 3) {
        StringWriter out = new StringWriter();
        try (Writer writer = refs.expanding(out)) {
          writer.write(page.substring(0, cut));
          writer.write(page.substring(cut, second).toCharArray());
          writer.write(page, second, page.length() - second);
        }
        assertThat(out.toString()).as("cut at %d and %d", cut, second)
            .isEqualTo("<p>a <span>y</span> b <!-- c --> d &lt;!--math:0--&gt; e<span class=\"katex\">x</span>");
      }
    }
  }

  @Test
  void aFileOfARenderedGuideWrittenWithoutItsFormulasFailsSayingSo() {
    assertThatThrownBy(() -> FormulaRefs.NONE.expand("<p>" + FormulaRefs.ref(3) + "</p>"))
        .hasMessageContaining("formula 3 of 0").hasMessageContaining("guide.formulas()");
  }
}
