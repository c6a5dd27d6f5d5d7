package dev.studyguide.source.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MathImageTest {

  private static String tex(String src) {
    return MathImage.decode(src).orElseThrow().tex();
  }

  @Test
  void githubsRendererGivesItsMathParameterPercentDecoded() {
    assertThat(tex("https://render.githubusercontent.com/render/math?math=%5Cfrac%7B1%7D%7Bn%7D"))
        .isEqualTo("\\frac{1}{n}");
    assertThat(tex("https://render.githubusercontent.com/render/math?math=\\frac{abcd}{10000}"))
        .isEqualTo("\\frac{abcd}{10000}");
    assertThat(MathImage.decode("https://render.githubusercontent.com/render/math?math=x&mode=inline")
        .orElseThrow().inline()).isTrue();
  }

  @Test
  void aPlusIsAPlusUnlessTheAddressWritesPlusSignsAsPercentTwoB() {
    assertThat(tex("https://render.githubusercontent.com/render/math?math=a+b")).isEqualTo("a+b");
    assertThat(tex("https://render.githubusercontent.com/render/math?math=a%2Bb+%3D+c")).isEqualTo("a+b = c");
  }

  @Test
  void codecogsTakesTheWholeQueryWithItsOwnEscapesAndDropsItsRenderingOptions() {
    assertThat(tex("https://latex.codecogs.com/gif.latex?G=(V,&space;E)")).isEqualTo("G=(V, E)");
    assertThat(tex("http://latex.codecogs.com/png.latex?%5Cdpi%7B120%7D%20%5Cbg_white%20a&plus;b")).isEqualTo("a+b");
    MathImage.Decoded inline = MathImage.decode("https://latex.codecogs.com/svg.image?\\inline&space;\\large&space;x")
        .orElseThrow();
    assertThat(inline.tex()).isEqualTo("x");
    assertThat(inline.inline()).isTrue();
  }

  @Test
  void googleChartsGivesItsChlParameter() {
    assertThat(tex("https://chart.googleapis.com/chart?cht=tx&chl=x%5E2")).isEqualTo("x^2");
  }

  @Test
  void multiByteCharactersDecodeAsUtf8AndAStrayPercentIsKeptAndMarked() {
    assertThat(tex("https://render.githubusercontent.com/render/math?math=%CE%B8")).isEqualTo("θ");
    MathImage.Decoded broken = MathImage.decode("https://latex.codecogs.com/svg.latex?50%zz").orElseThrow();
    assertThat(broken.tex()).isEqualTo("50%zz");
    assertThat(broken.malformed()).isTrue();
  }

  @Test
  void otherImagesAreNotMath() {
    assertThat(MathImage.decode("https://example.org/plot.png?size=2")).isEmpty();
    assertThat(MathImage.decode("img/plot.png")).isEmpty();
    assertThat(MathImage.isMath("https://example.org/render/math?math=x")).isFalse();
  }
}
