package dev.studyguide.source.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Inline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown emphasis left in exported prose. */
class EmphasisTest {

  private static Inline.Text text(String s) {
    return new Inline.Text(s);
  }

  @Test
  void doubleStarsAreStrong() {
    assertThat(Emphasis.apply(List.of(text("**E-Step:** Compute the expected value")))).containsExactly(
        new Inline.Styled(Inline.Style.STRONG, List.of(text("E-Step:"))), text(" Compute the expected value"));
  }

  @Test
  void singleStarsAreEmphasis() {
    assertThat(Emphasis.apply(List.of(text("introduces a *slack variable* to allow")))).containsExactly(
        text("introduces a "), new Inline.Styled(Inline.Style.EMPHASIS, List.of(text("slack variable"))),
        text(" to allow"));
  }

  @Test
  void emphasisMayEncloseTex() {
    Inline.Math math = new Inline.Math("b(s)", 1);
    assertThat(Emphasis.apply(List.of(text("a **baseline "), math, text("** here")))).containsExactly(
        text("a "), new Inline.Styled(Inline.Style.STRONG, List.of(text("baseline "), math)), text(" here"));
  }

  @Test
  void starsBetweenSpacesOrWithoutPartnerStayText() {
    assertThat(Emphasis.apply(List.of(text("a * b and 2*x")))).containsExactly(text("a * b and 2*x"));
    assertThat(Emphasis.apply(List.of(text("**open but never closed")))).containsExactly(
        text("**open but never closed"));
  }
}
