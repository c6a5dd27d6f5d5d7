package dev.studyguide.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** JLaTeXMath's boxes as the PDFs use them, checked on the ink they paint. */
class TexBoxesTest {
  private static final float WIDTH_PX = 600;
  private static final int MARGIN = 100;
  private final TexBoxes boxes = new TexBoxes();

  @Test
  void aFormulaIsMeasuredInEmsOfTheTextAroundIt() {
    TexBox x = boxes.box("x", false).orElseThrow();
    // an italic x in math at 1.21 em: about half an em wide, its depth zero, height about the x-height
    assertThat(x.widthEm()).isBetween(0.5f, 0.8f);
    assertThat(x.depthEm()).isEqualTo(0f);
    TexBox fraction = boxes.box("\\frac{a}{b}", true).orElseThrow();
    assertThat(fraction.depthEm()).isGreaterThan(0.4f);
    assertThat(fraction.heightEm()).isGreaterThan(fraction.depthEm() * 1.5f);
  }

  @Test
  void texThatDoesNotParseHasNoBox() {
    assertThat(boxes.box("\\text{IS} = \\exp(\\mathbb{E}_x[D_{KL}(p(y|x}||p(y)))]).", true)).isEmpty();
    assertThat(boxes.box("a}b", false)).isEmpty();
  }

  @Test
  void theUnderbraceIsCentredUnderItsBaseAndItsLabelUnderIt() {
    for (String tex : List.of("\\underbrace{a+b+c+d+e+f}_{\\text{sum}}", "\\underbrace{x}_{\\text{a label wider than x}}",
        "\\underbrace{(E[\\hat{f}(x)] - f(x))^2}_{\\text{Bias}^2}")) {
      TexBox box = boxes.box(tex, true).orElseThrow();
      BufferedImage image = paint(box);
      int baseline = MARGIN + Math.round(WIDTH_PX * (box.heightEm() - box.depthEm()) / box.widthEm());
      // bands of ink from the top: the base (with its descenders), the brace, the label
      List<Ink> bands = Ink.bands(image);
      assertThat(bands).as(tex).hasSize(3);
      Ink base = bands.get(0);
      Ink brace = bands.get(1);
      Ink label = bands.get(2);
      assertThat(base.bottom).as(tex).isGreaterThanOrEqualTo(baseline - 2);
      assertThat(brace.centre()).as(tex + ": brace centred under the base").isCloseTo(base.centre(), Offset.offset(4.0));
      assertThat(brace.width()).as(tex + ": brace spans the base").isGreaterThan((int) Math.round(base.width() * 0.9));
      assertThat(label.centre()).as(tex + ": label centred").isCloseTo(base.centre(), Offset.offset(4.0));
      assertThat(label.bottom).as(tex + ": inside the box").isLessThan(image.getHeight() - MARGIN + 2);
    }
  }

  @Test
  void casesSetsItsTwoColumnsAQuadApart() {
    TexBox one = boxes.box("\\begin{cases} x & y \\end{cases}", true).orElseThrow();
    BufferedImage image = paint(one);
    float pxPerEm = WIDTH_PX / one.widthEm();
    // columns of ink after the brace: x, then a gap of at least a quad (1.21 em of text), then y
    int[] gaps = gapsBetweenInk(image);
    assertThat(gaps[gaps.length - 1]).as("widest gap, in px").isGreaterThan(Math.round(pxPerEm * 0.9f));
  }

  @Test
  void aBoxNotKeptIsTypesetAgainTheSameWhenDrawn() {
    TexBoxes keepingNone = new TexBoxes(0);
    String tex = "\\sum_{i=1}^{n} \\frac{x_i^2}{\\sigma}";
    TexBox first = keepingNone.box(tex, true).orElseThrow();
    TexBox drawn = keepingNone.box(tex, true).orElseThrow();
    TexBox kept = boxes.box(tex, true).orElseThrow();
    assertThat(drawn).isNotSameAs(first);
    assertThat(drawn.size()).isEqualTo(first.size()).isEqualTo(kept.size());
    BufferedImage once = paint(drawn);
    BufferedImage again = paint(kept);
    for (int y = 0; y < once.getHeight(); y++) {
      for (int x = 0; x < once.getWidth(); x++) {
        assertThat(once.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(again.getRGB(x, y));
      }
    }
  }

  @Test
  void boxesAreKeptForDrawingUpToTheirBudget() {
    TexBoxes keepingOne = new TexBoxes(1);
    assertThat(keepingOne.box("a", false).orElseThrow()).isSameAs(keepingOne.box("a", false).orElseThrow());
    assertThat(keepingOne.box("b", false).orElseThrow()).isNotSameAs(keepingOne.box("b", false).orElseThrow());
  }

  /** The formula WIDTH_PX wide with a blank MARGIN all round, so ink outside the box shows. */
  private static BufferedImage paint(TexBox box) {
    int height = Math.round(WIDTH_PX * box.heightEm() / box.widthEm());
    BufferedImage image = new BufferedImage(Math.round(WIDTH_PX) + 2 * MARGIN, height + 2 * MARGIN,
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.translate(MARGIN, MARGIN);
    box.paint(g, WIDTH_PX);
    g.dispose();
    return image;
  }

  /** The widths of the runs of blank columns between the first and the last inked column, sorted. */
  private static int[] gapsBetweenInk(BufferedImage image) {
    boolean[] inked = new boolean[image.getWidth()];
    for (int x = 0; x < image.getWidth(); x++) {
      for (int y = 0; y < image.getHeight(); y++) {
        inked[x] |= dark(image.getRGB(x, y));
      }
    }
    java.util.List<Integer> gaps = new java.util.ArrayList<>();
    int run = -1;
    for (boolean ink : inked) {
      if (ink) {
        if (run > 0) {
          gaps.add(run);
        }
        run = 0;
      } else if (run >= 0) {
        run++;
      }
    }
    return gaps.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  private static boolean dark(int rgb) {
    return (rgb & 0xff) < 128;
  }

  /** The inked columns of a band of rows. */
  private record Ink(int left, int right, int bottom) {
    /** Runs of rows with ink, separated by blank rows, top to bottom. */
    static List<Ink> bands(BufferedImage image) {
      List<Ink> bands = new java.util.ArrayList<>();
      int start = -1;
      for (int y = 0; y <= image.getHeight(); y++) {
        boolean ink = y < image.getHeight() && of(image, y, y + 1).right >= 0;
        if (ink && start < 0) {
          start = y;
        } else if (!ink && start >= 0) {
          bands.add(of(image, start, y));
          start = -1;
        }
      }
      return bands;
    }

    static Ink of(BufferedImage image, int fromRow, int toRow) {
      int left = image.getWidth();
      int right = -1;
      int bottom = -1;
      for (int y = Math.max(0, fromRow); y < Math.min(image.getHeight(), toRow); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          if (dark(image.getRGB(x, y))) {
            left = Math.min(left, x);
            right = Math.max(right, x);
            bottom = Math.max(bottom, y);
          }
        }
      }
      return new Ink(left, right, bottom);
    }

    double centre() {
      return (left + right) / 2.0;
    }

    int width() {
      return right - left;
    }
  }
}
