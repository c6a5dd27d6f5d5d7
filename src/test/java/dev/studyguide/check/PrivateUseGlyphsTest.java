package dev.studyguide.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrivateUseGlyphsTest {
  private static final Finding PUA = Finding.warning(Finding.Area.HTML, "topics/k-means.html", 64,
      PrivateUseGlyphs.MESSAGE + "(s), which should not be used in publicly exchanged documents.", "fix it");
  private static final Finding OTHER = Finding.warning(Finding.Area.HTML, "topics/k-means.html", 3, "Stray end tag",
      "fix it");

  /** KaTeX's \not: the slash is U+E020 of KaTeX_Main, inside the formula's markup. */
  private static final String KATEX_NOT = "<p>x <span class=\"katex\"><span class=\"katex-html\"><span class=\"mrel\">"
      + "<span class=\"inner\"><span class=\"mrel\">\uE020</span></span></span></span></span> y</p>";

  @Test
  void aPrivateUseGlyphInsideKatexIsANoteWithTheReasonAndOtherFindingsStayAsTheyAre() {
    List<Finding> judged = PrivateUseGlyphs.judge(List.of(PUA, OTHER), KATEX_NOT);
    assertThat(judged.get(0).level()).isEqualTo(Finding.Level.INFO);
    assertThat(judged.get(0).hint()).isEqualTo(PrivateUseGlyphs.REASON);
    assertThat(judged.get(0).where()).isEqualTo("topics/k-means.html:64");
    assertThat(judged.get(1)).isEqualTo(OTHER);
  }

  @Test
  void aPrivateUseCharacterOutsideKatexStaysAWarning() {
    assertThat(PrivateUseGlyphs.judge(List.of(PUA), KATEX_NOT + "<p>source text \uE000</p>")).containsExactly(PUA);
    assertThat(PrivateUseGlyphs.judge(List.of(PUA), KATEX_NOT + "<p title=\"\uE001\">x</p>")).containsExactly(PUA);
  }
}
