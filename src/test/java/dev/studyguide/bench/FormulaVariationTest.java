package dev.studyguide.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormulaVariationTest {

  private static final String TEXT = "Let $x_1 + y$ be, and $$\\sum_{i=1}^{N} \\alpha_i$$ with `$HOME` at $5 and $10.";

  @Test
  void aFormulaGetsNewLettersGreekLettersAndDigitsMappedConsistentlyWithCommandsAndWordsKept() {
    String varied = FormulaVariation.symbols(
        "\\frac{x}{x+\\alpha} = \\log(11) + \\alpha \\hspace{2em} \\begin{array}{cc} y & \\text{if} \\end{array}",
        new Random(3));

    assertThat(varied).matches("\\\\frac\\{(\\w)\\}\\{\\1\\+\\\\(\\w+)\\} = \\\\log\\((\\d)\\3\\) \\+ \\\\\\2 "
        + "\\\\hspace\\{\\d+em\\} \\\\begin\\{array\\}\\{cc\\} \\w & \\\\text\\{if\\} \\\\end\\{array\\}");
    assertThat(varied).isNotEqualTo(FormulaVariation.symbols(varied, new Random(4)));
  }

  @Test
  void onlySpansTheReaderTookForMathAreReplacedEachByAFormulaOfItsKindFromTheDocument() {
    FormulaVariation formulas = FormulaVariation.of(TEXT, TextVariation.UNTOUCHABLE,
        Set.of("x_1 + y", "\\sum_{i=1}^{N} \\alpha_i"));
    Random random = new Random(1);

    assertThat(formulas.size()).isEqualTo(2);
    assertThat(formulas.vary("$x_1 + y$", random)).matches("\\$[a-z]_\\d \\+ [a-z]\\$");
    assertThat(formulas.vary("$$\\sum_{i=1}^{N} \\alpha_i$$", random))
        .matches("\\$\\$\\\\sum_\\{[a-z]=\\d\\}\\^\\{[A-Z]\\} \\\\[a-z]+_[a-z]\\$\\$");
    assertThat(formulas.vary("$5 and $", random)).isEqualTo("$5 and $");
    assertThat(formulas.vary("`$HOME`", random)).isEqualTo("`$HOME`");
    assertThat(FormulaVariation.NONE.vary("$x_1 + y$", random)).isEqualTo("$x_1 + y$");
  }
}
