package dev.studyguide.source.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Block;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inline;
import dev.studyguide.model.Inline.Math;
import dev.studyguide.model.Inline.Styled;
import dev.studyguide.model.Inline.Text;
import dev.studyguide.model.SourceFormat;
import dev.studyguide.source.RealSources;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MarkdownTest {

  private static Markdown.Parsed<List<Block>> parse(String... lines) {
    return Markdown.parseBlocks("t.md", List.of(lines), 1);
  }

  private static List<Inline> paragraph(Block block) {
    assertThat(block).isInstanceOf(Block.Paragraph.class);
    return ((Block.Paragraph) block).content();
  }

  @Nested
  class MathOnTheRealDocument {
    private final List<String> lines = RealSources.load("001", SourceFormat.MARKDOWN_QA).lines();

    @Test
    void everyDollarSpanOf001SurvivesByteExactAtItsLine() {
      List<String> scanned = TexSpans.scan(lines, 1);
      List<String> parsed = TexSpans.collect(Markdown.blocks(lines, 1));

      assertThat(scanned).hasSize(184); // 40 $$…$$ and 144 $…$, all single-line
      assertThat(parsed).containsExactlyInAnyOrderElementsOf(scanned);
    }

    @Test
    void displaySpansOf001AreMathBlocksNotInlineMath() {
      long blocks = Markdown.blocks(lines, 1).stream().filter(b -> b instanceof Block.MathBlock).count();

      assertThat(blocks).isEqualTo(40);
    }

    @Test
    void parsing001ReportsNothing() {
      assertThat(Markdown.parseBlocks("001", lines, 1).diagnostics()).isEmpty();
    }
  }

  @Nested
  class InlineMath {
    @Test
    void underscoresInTwoSpansDoNotBecomeEmphasis() {
      List<Inline> inlines = Markdown.inlines("so $\\hat{y}_i$ and $\\hat{y}_j$ differ", 7);

      assertThat(inlines).containsExactly(new Text("so "), new Math("\\hat{y}_i", 7), new Text(" and "),
          new Math("\\hat{y}_j", 7), new Text(" differ"));
    }

    @Test
    void asterisksInsideMathAreProductsNotEmphasis() {
      assertThat(Markdown.inlines("$a * b * c$ and $x*y*z$", 1))
          .containsExactly(new Math("a * b * c", 1), new Text(" and "), new Math("x*y*z", 1));
    }

    @Test
    void backslashEscapesInsideMathAreKeptVerbatim() {
      assertThat(Markdown.inlines("$\\{0,1\\}$, $a \\\\ b$, $\\|w\\|_2$, $\\_$", 1)).containsExactly(
          new Math("\\{0,1\\}", 1), new Text(", "), new Math("a \\\\ b", 1), new Text(", "),
          new Math("\\|w\\|_2", 1), new Text(", "), new Math("\\_", 1));
    }

    @Test
    void spacesJustInsideTheDollarsArePartOfTheTex() {
      assertThat(Markdown.inlines("scaled by $ \\sqrt{d_k} $ here", 1))
          .containsExactly(new Text("scaled by "), new Math(" \\sqrt{d_k} ", 1), new Text(" here"));
    }

    @Test
    void anEscapedDollarInsideMathDoesNotCloseIt() {
      assertThat(Markdown.inlines("$\\$5 + x$", 1)).containsExactly(new Math("\\$5 + x", 1));
    }

    @Test
    void doubleDollarsInsideALineAreMathToo() {
      assertThat(Markdown.inlines("where $$x_1$$ holds", 1))
          .containsExactly(new Text("where "), new Math("x_1", 1), new Text(" holds"));
    }

    @Test
    void emphasisAroundMathStillWorks() {
      assertThat(Markdown.inlines("**bias $b_i$** and _re-weighted_", 1)).containsExactly(
          new Styled(Inline.Style.STRONG, List.of(new Text("bias "), new Math("b_i", 1))), new Text(" and "),
          new Styled(Inline.Style.EMPHASIS, List.of(new Text("re-weighted"))));
    }

    @Test
    void mathInsideInlineCodeStaysCode() {
      assertThat(Markdown.inlines("run `echo $HOME` now", 1))
          .containsExactly(new Text("run "), new Inline.Code("echo $HOME"), new Text(" now"));
    }

    @Test
    void escapedDollarsAreLiteralTextAndNotReported() {
      Markdown.Parsed<List<Inline>> parsed = Markdown.parseInlines("t.md", "costs \\$5 or \\$10", 3);

      assertThat(parsed.value()).containsExactly(new Text("costs $5 or $10"));
      assertThat(parsed.diagnostics()).isEmpty();
    }

    @Test
    void anUnpairedDollarStaysTextAndIsReportedAtItsLine() {
      Markdown.Parsed<List<Block>> parsed = parse("first line", "", "the value $x_1 is open");

      assertThat(paragraph(parsed.value().get(1))).containsExactly(new Text("the value $x_1 is open"));
      assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(3);
      assertThat(parsed.diagnostics().get(0).format()).startsWith("t.md:3: warning: unpaired $");
    }

    @Test
    void aDollarFollowedByADigitDoesNotCloseSoPricesStayText() {
      assertThat(Markdown.inlines("between $5 and $10", 1)).containsExactly(new Text("between $5 and $10"));
    }

    @Test
    void mathDoesNotSpanTwoLinesOfAParagraph() {
      List<Block> blocks = parse("a $x", "y$ b").value();

      assertThat(TexSpans.collect(blocks)).isEmpty();
    }
  }

  @Nested
  class BackslashParenthesisMath {
    @Test
    void readsTheInlineTexOf000AtItsLine() {
      String line = RealSources.load("000", SourceFormat.CHAT_QUESTIONS).line(1156);

      assertThat(Markdown.inlines(line, 1156)).startsWith(new Text("- Given a dataset with "),
          new Math("n", 1156), new Text(" samples and "), new Math("d", 1156), new Text(" features, explain the"
              + " process of "));
    }

    @Test
    void theTexIsKeptByteExactWithSpacesStarsUnderscoresAndDollars() {
      assertThat(Markdown.inlines("so \\( \\hat{y}_i * x_{j}, \\$5 \\) and \\(a_b\\)", 2)).containsExactly(
          new Text("so "), new Math(" \\hat{y}_i * x_{j}, \\$5 ", 2), new Text(" and "), new Math("a_b", 2));
    }

    @Test
    void aTexLineBreakInsideDoesNotClose() {
      assertThat(Markdown.inlines("\\(a \\\\ b\\)", 1)).containsExactly(new Math("a \\\\ b", 1));
    }

    @Test
    void emphasisAroundItStillWorks() {
      assertThat(Markdown.inlines("**size \\(n\\)** matters", 1)).containsExactly(
          new Styled(Inline.Style.STRONG, List.of(new Text("size "), new Math("n", 1))), new Text(" matters"));
    }

    @Test
    void itIsMathInsideBlocksToo() {
      List<Block> blocks = parse("1. with \\(n\\) samples", "", "| a |", "|---|", "| \\(x^2\\) |").value();

      assertThat(TexSpans.collect(blocks)).containsExactly("1:n", "5:x^2");
    }

    @Test
    void anEscapedBackslashBeforeAParenthesisIsNotMath() {
      assertThat(Markdown.inlines("a \\\\(b\\\\) c", 1)).containsExactly(new Text("a \\(b\\) c"));
    }

    @Test
    void otherBackslashEscapesAndBracketsStayCommonMark() {
      assertThat(Markdown.inlines("\\*not emphasis\\* and \\[x\\]", 1))
          .containsExactly(new Text("*not emphasis* and [x]"));
    }

    @Test
    void anUnclosedOpeningIsKeptAsWrittenAndReportedAtItsLine() {
      Markdown.Parsed<List<Inline>> parsed = Markdown.parseInlines("t.md", "|x| for \\(open and *a*", 4);

      assertThat(parsed.value()).containsExactly(new Text("|x| for \\(open and "),
          new Styled(Inline.Style.EMPHASIS, List.of(new Text("a"))));
      assertThat(parsed.diagnostics()).singleElement()
          .satisfies(d -> assertThat(d.format()).startsWith("t.md:4: warning: unclosed \\("));
    }

    @Test
    void itDoesNotSpanTwoLinesOfAParagraph() {
      Markdown.Parsed<List<Block>> parsed = parse("a \\(x", "y\\) b");

      assertThat(TexSpans.collect(parsed.value())).isEmpty();
      assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(1);
    }
  }

  @Nested
  class DisplayMath {
    @Test
    void aSingleLineBlockInterruptsTheParagraphAboveIt() {
      List<Block> blocks = parse("with probability", "$$ p = \\hat{y} = \\sigma(w^T x) $$", "subject to:").value();

      assertThat(blocks).containsExactly(
          new Block.Paragraph(List.of(new Text("with probability")), 1),
          new Block.MathBlock(" p = \\hat{y} = \\sigma(w^T x) ", 2),
          new Block.Paragraph(List.of(new Text("subject to:")), 3));
    }

    @Test
    void anIndentedSingleLineBlockKeepsItsTrailingSpaces() {
      assertThat(parse(" $$ x_i^2  $$").value()).containsExactly(new Block.MathBlock(" x_i^2  ", 1));
    }

    @Test
    void anAlignedBlockOverSeveralLinesIsOneMathBlock() {
      List<Block> blocks = parse("Then:", "$$", "\\begin{aligned}", "a &= b \\\\", "c &= d \\{x\\}",
          "\\end{aligned}", "$$", "Done.").value();

      assertThat(blocks).containsExactly(
          new Block.Paragraph(List.of(new Text("Then:")), 1),
          new Block.MathBlock("\n\\begin{aligned}\na &= b \\\\\nc &= d \\{x\\}\n\\end{aligned}\n", 2),
          new Block.Paragraph(List.of(new Text("Done.")), 8));
    }

    @Test
    void theClosingDollarsMayEndAContentLine() {
      List<Block> blocks = parse("$$\\begin{aligned}", "x_1 &= 2 * y_1", "\\end{aligned}$$").value();

      assertThat(blocks).containsExactly(new Block.MathBlock("\\begin{aligned}\nx_1 &= 2 * y_1\n\\end{aligned}", 1));
    }

    @Test
    void displayMathInsideAListItemBelongsToTheItem() {
      List<Block> blocks = parse("* gradient:", "  $$ \\nabla f $$", "* next").value();

      Block.ListBlock list = (Block.ListBlock) blocks.get(0);
      assertThat(list.items().get(0).blocks()).containsExactly(
          new Block.Paragraph(List.of(new Text("gradient:")), 1), new Block.MathBlock(" \\nabla f ", 2));
    }

    @Test
    void anUnclosedBlockKeepsItsOpeningLineAsTextAndSwallowsNothing() {
      Markdown.Parsed<List<Block>> parsed =
          parse("Intro.", "$$ \\begin{aligned}", "a &= b", "", "Next paragraph with $y$.", "", "## Later");

      assertThat(parsed.value()).containsExactly(
          new Block.Paragraph(List.of(new Text("Intro.")), 1),
          new Block.Paragraph(List.of(new Text("$$ \\begin{aligned}")), 2),
          new Block.Paragraph(List.of(new Text("a &= b")), 3),
          new Block.Paragraph(List.of(new Text("Next paragraph with "), new Math("y", 5), new Text(".")), 5),
          new Block.Heading(List.of(new Text("Later")), 7));
      assertThat(parsed.diagnostics()).singleElement().satisfies(d -> {
        assertThat(d.line()).isEqualTo(2);
        assertThat(d.message()).contains("not closed");
        assertThat(d.hint()).contains("$$");
      });
    }

    @Test
    void anUnclosedBlockAtTheEndOfTheDocumentIsReported() {
      Markdown.Parsed<List<Block>> parsed = parse("Text.", "$$");

      assertThat(parsed.value()).last().isEqualTo(new Block.Paragraph(List.of(new Text("$$")), 2));
      assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(2);
    }

    @Test
    void dollarsFollowedByMoreTextAreAParagraphWithInlineMath() {
      assertThat(parse("$$ a $$ and more").value()).containsExactly(
          new Block.Paragraph(List.of(new Math(" a ", 1), new Text(" and more")), 1));
    }
  }

  @Nested
  class NestingTooDeep {
    private List<String> listNested(int depth) {
      List<String> lines = new java.util.ArrayList<>();
      for (int level = 0; level < depth; level++) {
        lines.add("  ".repeat(level) + "- level " + level);
      }
      return lines;
    }

    private int depthOf(List<Block> blocks) {
      int deepest = 0;
      for (Block block : blocks) {
        if (block instanceof Block.ListBlock list) {
          for (Block.ListItem item : list.items()) {
            deepest = java.lang.Math.max(deepest, 1 + depthOf(item.blocks()));
          }
        }
      }
      return deepest;
    }

    @Test
    void aListNestedPastSixtyFourColumnsKeepsEveryItemAtTheDeepestLevelAllowedWithOneWarning() {
      Markdown.Parsed<List<Block>> parsed = Markdown.parseBlocks("t.md", listNested(200), 1);

      assertThat(depthOf(parsed.value())).isEqualTo(33); // levels 0..32: 32 levels of two columns is 64
      assertThat(TexSpans.collect(parsed.value())).isEmpty();
      assertThat(parsed.diagnostics()).extracting(Diagnostic::format).containsExactly("t.md:34: warning: 167 lines "
          + "from here on are indented past 64 columns and read as indented 64, so lists nest no deeper than that "
          + "(nest lists less deeply; deeper items are shown at the deepest level)");
    }

    @Test
    void aListWithinSixtyFourColumnsIsReadAsWritten() {
      Markdown.Parsed<List<Block>> parsed = Markdown.parseBlocks("t.md", listNested(33), 1);

      assertThat(depthOf(parsed.value())).isEqualTo(33);
      assertThat(parsed.diagnostics()).isEmpty();
    }

    @Test
    void thousandsOfListMarkersOnOneLineKeepThatStretchAsTextAndTheRestAsMarkdown() {
      Markdown.Parsed<List<Block>> parsed = Markdown.parseBlocks("t.md",
          List.of("# Before", "", "1. ".repeat(1000) + "bottom", "- - still this stretch", "", "*after*"), 1);

      assertThat(parsed.value()).containsExactly(
          new Block.Heading(List.of(new Text("Before")), 1),
          new Block.Paragraph(List.of(new Text("1. ".repeat(1000) + "bottom")), 3),
          new Block.Paragraph(List.of(new Text("- - still this stretch")), 4),
          new Block.Paragraph(List.of(new Styled(Inline.Style.EMPHASIS, List.of(new Text("after")))), 6));
      assertThat(parsed.diagnostics()).extracting(Diagnostic::format).containsExactly("t.md:3: warning: markdown "
          + "nested too deeply to read (thousands of list, quote or rule markers?), so its lines are kept as plain "
          + "text (nest lists and quotes less deeply)");
    }

    @Test
    void aLineOfThousandsOfSpacedDashesDoesNotOverflowTheParser() {
      Markdown.Parsed<List<Block>> parsed = Markdown.parseBlocks("t.md", List.of("- ".repeat(3000) + "x"), 1);

      assertThat(parsed.value()).containsExactly(new Block.Paragraph(List.of(new Text("- ".repeat(3000) + "x")), 1));
      assertThat(parsed.diagnostics()).extracting(Diagnostic::line).containsExactly(1);
    }

    @Test
    void manyLazyLinesUnderBulletsAreReadInLinearTime() {
      List<String> lines = new java.util.ArrayList<>();
      for (int i = 0; i < 20_000; i++) {
        lines.add("- bullet " + i);
        lines.add("a new paragraph " + i);
      }
      long start = System.nanoTime();
      List<Block> blocks = Markdown.blocks(lines, 1);
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(blocks).hasSize(40_000);
      assertThat(blocks.get(1)).isEqualTo(new Block.Paragraph(List.of(new Text("a new paragraph 0")), 2));
      assertThat(millis).as("re-inserting 20,000 blank lines once each, not once per line").isLessThan(20_000);
    }
  }

  @Nested
  class BlocksAndLines {
    @Test
    void blockLinesAreRealSourceLinesCountedFromFirstLine() {
      List<Block> blocks = Markdown.blocks(List.of("Intro $x$.", "", "$$ y $$"), 40);

      assertThat(blocks).containsExactly(
          new Block.Paragraph(List.of(new Text("Intro "), new Math("x", 40), new Text(".")), 40),
          new Block.MathBlock(" y ", 42));
    }

    @Test
    void softLineBreaksBecomeOneSpace() {
      assertThat(parse("one line ", "  next line").value())
          .containsExactly(new Block.Paragraph(List.of(new Text("one line next line")), 1));
    }

    @Test
    void hardLineBreaksBecomeANewline() {
      assertThat(parse("one line  ", "next line").value())
          .containsExactly(new Block.Paragraph(List.of(new Text("one line\nnext line")), 1));
    }

    @Test
    void nestedListsKeepTheirKindAndLines() {
      List<Block> blocks = parse("1. **Non-Convexity:** text", "2. **Vanishing:**", "    * MSE: $a$", "    * CE").value();

      Block.ListBlock outer = (Block.ListBlock) blocks.get(0);
      assertThat(outer.ordered()).isTrue();
      assertThat(outer.items()).hasSize(2);
      Block.ListBlock inner = (Block.ListBlock) outer.items().get(1).blocks().get(1);
      assertThat(inner.ordered()).isFalse();
      assertThat(inner.line()).isEqualTo(3);
      assertThat(paragraph(inner.items().get(0).blocks().get(0)))
          .containsExactly(new Text("MSE: "), new Math("a", 3));
    }

    @Test
    void anUnindentedLineUnderAListItemStartsAParagraph() {
      List<Block> blocks = parse("1. $v_{t+1} = \\gamma v_t$", "2. $\\theta_{t+1}$", "Where $\\gamma$ is friction.",
          "**Physical Intuition:** more.").value();

      assertThat(blocks).hasSize(2);
      assertThat(((Block.ListBlock) blocks.get(0)).items()).hasSize(2);
      assertThat(blocks.get(1)).isEqualTo(new Block.Paragraph(List.of(new Text("Where "), new Math("\\gamma", 3),
          new Text(" is friction. "), new Styled(Inline.Style.STRONG, List.of(new Text("Physical Intuition:"))),
          new Text(" more.")), 3));
    }

    @Test
    void anIndentedLineUnderAListItemStillContinuesIt() {
      List<Block> blocks = parse("* first part", "  second part").value();

      Block.ListBlock list = (Block.ListBlock) blocks.get(0);
      assertThat(paragraph(list.items().get(0).blocks().get(0))).containsExactly(new Text("first part second part"));
    }

    @Test
    void aLineIndentedPastTheMarkerButShortOfTheTextStillContinuesTheItem() {
      List<Block> blocks = parse("*   wide item", "  more of it").value();

      Block.ListBlock list = (Block.ListBlock) blocks.get(0);
      assertThat(blocks).hasSize(1);
      assertThat(paragraph(list.items().get(0).blocks().get(0))).containsExactly(new Text("wide item more of it"));
    }

    @Test
    void aLazyLineUnderANestedItemReturnsToTheOuterItem() {
      List<Block> blocks = parse("* outer", "  * inner", "  back in outer").value();

      Block.ListItem outer = ((Block.ListBlock) blocks.get(0)).items().get(0);
      assertThat(outer.blocks()).hasSize(3);
      assertThat(outer.blocks().get(2)).isEqualTo(new Block.Paragraph(List.of(new Text("back in outer")), 3));
    }

    @Test
    void pipeTablesBecomeTablesWithMathInCells() {
      List<Block> blocks = parse("| Loss | Formula |", "|---|---|", "| MSE | $(y-\\hat{y})^2$ |", "| MAE |").value();

      assertThat(blocks).containsExactly(new Block.Table(List.of(),
          List.of(List.of(new Text("Loss")), List.of(new Text("Formula"))),
          List.of(List.of(List.of(new Text("MSE")), List.of(new Math("(y-\\hat{y})^2", 3))),
              List.of(List.of(new Text("MAE")), List.of())),
          1));
    }

    @Test
    void fencedCodeKeepsDollarsAndLanguage() {
      assertThat(parse("```python", "x = \"$a_b$\"", "```").value())
          .containsExactly(new Block.CodeBlock("python", "x = \"$a_b$\"", 1));
    }

    @Test
    void headingsLinksAndCodeSpansConvert() {
      List<Block> blocks = parse("### Sub *part*", "", "See [the paper](https://x.org/a_b) and `f(x)`.").value();

      assertThat(blocks).containsExactly(
          new Block.Heading(List.of(new Text("Sub "), new Styled(Inline.Style.EMPHASIS, List.of(new Text("part")))), 1),
          new Block.Paragraph(List.of(new Text("See "), new Inline.Link("https://x.org/a_b", List.of(new Text("the paper"))),
              new Text(" and "), new Inline.Code("f(x)"), new Text(".")), 3));
    }

    @Test
    void bracketsThatAreNotLinksStayText() {
      assertThat(Markdown.inlines("the interval [0, 1] and [ref]", 1))
          .containsExactly(new Text("the interval [0, 1] and [ref]"));
    }

    @Test
    void thematicBreaksCarryNoWordsAndAreDropped() {
      assertThat(parse("a", "", "---", "", "b").value()).extracting(Block::line).containsExactly(1, 5);
    }
  }

  @Nested
  class InlinesOfOneLine {
    @Test
    void blockSyntaxAtTheStartIsReadAsText() {
      assertThat(Markdown.inlines("1. not a list", 1)).containsExactly(new Text("1. not a list"));
      assertThat(Markdown.inlines("# not a heading $h$", 2))
          .containsExactly(new Text("# not a heading "), new Math("h", 2));
      assertThat(Markdown.inlines("> not a quote", 1)).containsExactly(new Text("> not a quote"));
    }

    @Test
    void anEmptyLineHasNoInlines() {
      assertThat(Markdown.inlines("", 1)).isEmpty();
    }
  }

  @Nested
  class HeadingsFoundWithoutParsing {
    @Test
    void areTheHeadingsTheFullParseFindsIn001() {
      List<String> lines = RealSources.load("001", SourceFormat.MARKDOWN_QA).lines();
      List<Block.Heading> parsed = Markdown.blocks(lines, 1).stream()
          .filter(Block.Heading.class::isInstance).map(Block.Heading.class::cast).toList();

      assertThat(Markdown.headings(lines, 1)).hasSize(31).containsExactlyElementsOf(parsed);
    }

    @Test
    void skipFencedCodeAndIndentedLines() {
      List<Block.Heading> headings = Markdown.headings(List.of(
          "## 1. First", "```python", "# 2. a comment in code", "```", "    ## 3. indented code",
          "#hashtag", "### 4. Last ###"), 10);

      assertThat(headings).extracting(Block.Heading::line).containsExactly(10, 16);
      assertThat(headings.get(1).content()).containsExactly(new Text("4. Last"));
    }

    @Test
    void aFenceClosesOnlyWithItsOwnMarkerAtLeastAsLong() {
      List<Block.Heading> headings = Markdown.headings(List.of(
          "````", "```", "# 1. still code", "````", "# 2. a heading"), 1);

      assertThat(headings).extracting(Block.Heading::line).containsExactly(5);
    }
  }

  @Nested
  class PlainTextSkipsTheParser {
    @Test
    void readsEveryPlainLineOfTheFiveSourcesAsFlexmarkDoes() {
      int plain = 0;
      for (String prefix : List.of("000", "001", "002", "003", "004")) {
        List<String> lines = RealSources.load(prefix, SourceFormat.MARKDOWN_QA).lines(); // the format is unused
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (Markdown.isPlainText(line)) {
            plain++;
            assertThat(Markdown.parseInlines("t.md", line, i + 1))
                .as(prefix + ":" + (i + 1)).isEqualTo(Markdown.parseInlineMarkdown("t.md", line, i + 1));
          }
        }
      }
      assertThat(plain).isGreaterThan(1000);
    }

    @Test
    void leavesMarkupMathEntitiesAndEdgeSpacesToTheParser() {
      assertThat(List.of("a *b*", "x_i", "costs $5", "a &amp; b", "a \\(x\\)", " padded", "tab\tinside", "[link]",
          "ends with space ", "")).noneMatch(Markdown::isPlainText);
      assertThat(Markdown.isPlainText("What assumptions are made in this decomposition?")).isTrue();
    }
  }
}
