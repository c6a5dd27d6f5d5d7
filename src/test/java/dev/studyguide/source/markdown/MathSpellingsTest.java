package dev.studyguide.source.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Block;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inline;
import dev.studyguide.model.Inline.Math;
import dev.studyguide.model.Inline.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every common way of writing a formula in markdown reaches the model as TeX. */
class MathSpellingsTest {

  private static List<Block> blocks(String... lines) {
    return Markdown.blocks(List.of(lines), 1);
  }

  @Test
  void doubleDollarsInsideALineAreInlineMathAsInGitBookAndMathJaxBooks() {
    assertThat(Markdown.inlines("the loss $$L(\\theta)$$ is convex", 3))
        .containsExactly(new Text("the loss "), new Math("L(\\theta)", 3), new Text(" is convex"));
  }

  @Test
  void bracketsOnTheirOwnLinesAreDisplayMath() {
    assertThat(blocks("Then", "\\[", "\\frac{a}{b}", "\\]", "and", "\\[ x^2 \\]"))
        .containsExactly(new Block.Paragraph(List.of(new Text("Then")), 1), new Block.MathBlock("\n\\frac{a}{b}\n", 2),
            new Block.Paragraph(List.of(new Text("and")), 5), new Block.MathBlock(" x^2 ", 6));
  }

  @Test
  void bracketsInsideALineAreInlineMath() {
    assertThat(Markdown.inlines("so \\[\\sigma^2/n\\] is the variance", 2))
        .containsExactly(new Text("so "), new Math("\\sigma^2/n", 2), new Text(" is the variance"));
  }

  @Test
  void escapedBracketsAroundWordsStayBrackets() {
    assertThat(Markdown.inlines("\\[E\\] What is a prior? \\[0, 1\\] \\[src\\]", 1))
        .containsExactly(new Text("[E] What is a prior? [0, 1] [src]"));
    assertThat(blocks("\\[M\\]")).containsExactly(new Block.Paragraph(List.of(new Text("[M]")), 1));
  }

  @Test
  void anUnclosedBracketBlockIsKeptAsTextAndReported() {
    Markdown.Parsed<List<Block>> parsed = Markdown.parseBlocks("t.md", List.of("\\[ x^2", "", "Next."), 1);

    assertThat(parsed.value()).containsExactly(new Block.Paragraph(List.of(new Text("\\[ x^2")), 1),
        new Block.Paragraph(List.of(new Text("Next.")), 3));
    assertThat(parsed.diagnostics()).extracting(Diagnostic::format).containsExactly("t.md:1: warning: display math "
        + "opened with \\[ is not closed (end the formula with \\] before the next blank line; its opening line is "
        + "kept as text)");
  }

  @Test
  void aFencedMathBlockIsDisplayMath() {
    assertThat(blocks("```math", "\\sum_i x_i", "```")).containsExactly(new Block.MathBlock("\\sum_i x_i", 1));
  }

  @Test
  void aMathImageInATextIsInlineMathAndAloneInItsParagraphIsDisplayMath() {
    List<Block> blocks = blocks(
        "Cost is <img src=\"https://render.githubusercontent.com/render/math?math=O(n^2)\"> here.", "",
        "![formula](https://latex.codecogs.com/svg.latex?\\Large&space;x=\\frac{-b\\pm\\sqrt{b^2-4ac}}{2a})", "",
        "<p align=\"center\"><img src=\"https://render.githubusercontent.com/render/math?math=C%20%3D%20LN%20%2F%20G\"></p>");

    assertThat(blocks).containsExactly(
        new Block.Paragraph(List.of(new Text("Cost is "), new Math("O(n^2)", 1), new Text(" here.")), 1),
        new Block.MathBlock("x=\\frac{-b\\pm\\sqrt{b^2-4ac}}{2a}", 3),
        new Block.MathBlock("C = LN / G", 5));
  }

  @Test
  void aMathImageWithBrokenEncodingIsTypesetAsFarAsItDecodesAndReported() {
    Markdown.Parsed<List<Inline>> parsed = Markdown.parseInlines("t.md",
        "see ![](https://latex.codecogs.com/png.latex?50%zz%20x)", 9);

    assertThat(parsed.value()).containsExactly(new Text("see "), new Math("50%zz x", 9));
    assertThat(parsed.diagnostics()).extracting(Diagnostic::format).singleElement().asString()
        .startsWith("t.md:9: warning: math image address has broken %-encoding");
  }
}
