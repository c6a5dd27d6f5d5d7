package dev.studyguide.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formula sizes kept between builds: the same sizes as typesetting gives, and only what the file lacks typeset. */
class FormulaSizesTest {
  private final TexBoxes boxes = new TexBoxes();

  @TempDir Path dir;

  @Test
  void aSecondBuildTakesTheSizesFromTheFileAndTypesetsOnlyNewFormulas() {
    FormulaSizes first = FormulaSizes.in(dir, boxes);
    TexSize fraction = first.size("\\frac{a}{b}", true).orElseThrow();
    assertThat(first.size("a}b", false)).isEmpty();
    assertThat(first.typeset()).isEqualTo(2);
    assertThat(fraction).isEqualTo(boxes.box("\\frac{a}{b}", true).orElseThrow().size());
    first.save();

    FormulaSizes second = FormulaSizes.in(dir, boxes);
    assertThat(second.size("\\frac{a}{b}", true)).contains(fraction);
    assertThat(second.size("a}b", false)).as("a formula JLaTeXMath cannot parse stays one").isEmpty();
    assertThat(second.typeset()).isZero();
    assertThat(second.size("\\frac{a}{b}", false)).as("inline is another formula").isNotEqualTo(fraction);
    assertThat(second.size("\\frac{a}{c}", true)).isPresent();
    assertThat(second.typeset()).isEqualTo(2);
  }

  @Test
  void theFileHoldsWhatTheLastBuildUsed() {
    FormulaSizes first = FormulaSizes.in(dir, boxes);
    first.size("x", false);
    first.size("y", false);
    first.save();
    FormulaSizes second = FormulaSizes.in(dir, boxes);
    second.size("x", false);
    second.save();

    FormulaSizes third = FormulaSizes.in(dir, boxes);
    third.size("x", false);
    third.size("y", false);
    assertThat(third.typeset()).as("y was gone from the last build").isEqualTo(1);
  }

  @Test
  void aFileOfAnotherFormatOrTornIsTypesetAgain() throws IOException {
    FormulaSizes first = FormulaSizes.in(dir, boxes);
    first.size("x", false);
    first.save();
    Path file = dir.resolve(FormulaSizes.FILE);
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 3));
    FormulaSizes torn = FormulaSizes.in(dir, boxes);
    assertThat(torn.size("x", false)).isPresent();
    assertThat(torn.typeset()).isEqualTo(1);

    Files.writeString(file, "not sizes");
    FormulaSizes foreign = FormulaSizes.in(dir, boxes);
    foreign.size("x", false);
    assertThat(foreign.typeset()).isEqualTo(1);
  }
}
