package dev.studyguide.source.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Block;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inline;
import dev.studyguide.model.Inline.Math;
import dev.studyguide.model.Inline.Styled;
import dev.studyguide.model.Inline.Text;
import dev.studyguide.model.Inlines;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** HTML inside markdown, as GitHub shows it: the safe subset read into the model, the rest dropped and reported. */
class MarkdownHtmlTest {

  private static Markdown.Parsed<List<Block>> parse(String... lines) {
    return Markdown.parseBlocks("t.md", List.of(lines), 1);
  }

  private static Styled styled(Inline.Style style, String text) {
    return new Styled(style, List.of(new Text(text)));
  }

  private static List<String> messages(Markdown.Parsed<?> parsed) {
    return parsed.diagnostics().stream().map(Diagnostic::format).toList();
  }

  @Nested
  class InsideALine {
    @Test
    void aBreakIsALineBreakAndSubscriptsAndSuperscriptsAreStyles() {
      List<Inline> inlines = Markdown.inlines("H<sub>2</sub>O and e<sup>x</sup><br/>next line", 1);

      assertThat(inlines).containsExactly(new Text("H"), styled(Inline.Style.SUBSCRIPT, "2"), new Text("O and e"),
          styled(Inline.Style.SUPERSCRIPT, "x"), new Text("\nnext line"));
    }

    @Test
    void aBreakAfterASpaceOrAtTheEndOfAParagraphLeavesNoStraySpaceOrBreak() {
      assertThat(parse("is maintained. <br/>", "I tend to use 4.<br> <br>").value()).containsExactly(
          new Block.Paragraph(List.of(new Text("is maintained.\nI tend to use 4.")), 1));
    }

    @Test
    void tagsHoldTheMarkdownBetweenThemAndMarkdownHoldsTags() {
      List<Inline> inlines = Markdown.inlines("<b>bold $x_1$</b> and **strong <i>it</i>** with <code>a*b*</code>", 4);

      assertThat(inlines).containsExactly(
          new Styled(Inline.Style.STRONG, List.of(new Text("bold "), new Math("x_1", 4))), new Text(" and "),
          new Styled(Inline.Style.STRONG, List.of(new Text("strong "), styled(Inline.Style.EMPHASIS, "it"))),
          new Text(" with "), new Inline.Code("a*b*"));
    }

    @Test
    void aLinkKeepsASafeTargetOnly() {
      Markdown.Parsed<List<Inline>> parsed = Markdown.parseInlines("t.md",
          "<a href=\"https://x.org/p\">paper</a> and <a href=\"javascript:alert(1)\">click</a>", 6);

      assertThat(parsed.value()).containsExactly(new Inline.Link("https://x.org/p", List.of(new Text("paper"))),
          new Text(" and click"));
      assertThat(messages(parsed)).containsExactly("t.md:6: warning: link to \"javascript:alert(1)\" dropped, its "
          + "text kept (only http(s), mailto and relative links are kept)");
    }

    @Test
    void aScriptIsDroppedWithItsContentAndReported() {
      Markdown.Parsed<List<Inline>> parsed = Markdown.parseInlines("t.md", "before <script>alert(1)</script> after", 2);

      assertThat(parsed.value()).containsExactly(new Text("before after"));
      assertThat(messages(parsed)).containsExactly("t.md:2: warning: HTML <script> dropped with what it holds (a page "
          + "never runs or styles itself from a source; delete it from the document)");
    }

    @Test
    void tagsTheSafeSubsetLacksGiveWayToTheirText() {
      Markdown.Parsed<List<Inline>> parsed =
          Markdown.parseInlines("t.md", "<span style=\"color:red\">red</span> <kbd>Ctrl</kbd> <font>f</font>", 1);

      assertThat(parsed.value()).containsExactly(new Text("red Ctrl f"));
      assertThat(parsed.diagnostics()).isEmpty();
    }

    @Test
    void anEscapedTagIsTextNotATag() {
      assertThat(Markdown.inlines("&lt;b&gt;not bold&lt;/b&gt; <b>bold &lt;i&gt;</b>", 1)).containsExactly(
          new Text("<b>not bold</b> "), styled(Inline.Style.STRONG, "bold <i>"));
    }

    @Test
    void aCommentHasNoWords() {
      assertThat(Markdown.inlines("shown <!-- hidden note --> too", 1)).containsExactly(new Text("shown too"));
    }

    @Test
    void breaksInsidePipeTableCellsAreLineBreaks() {
      List<Block> blocks = parse("| a | b |", "|---|---|", "| one<br>two | x<sup>2</sup> |").value();

      Block.Table table = (Block.Table) blocks.get(0);
      assertThat(table.rows().get(0)).containsExactly(List.of(new Text("one\ntwo")),
          List.of(new Text("x"), styled(Inline.Style.SUPERSCRIPT, "2")));
    }
  }

  @Nested
  class Blocks {
    @Test
    void aTableOverSeveralLinesIsATableWithItsHeaderAndCells() {
      List<Block> blocks = parse("Intro.", "", "<table>", "  <tr><th>Loss</th><th>Use</th></tr>",
          "  <tr><td>MSE</td><td>regression<br/>with $y \\in \\mathbb{R}$</td></tr>", "</table>", "", "After.").value();

      assertThat(blocks).hasSize(3);
      assertThat(blocks.get(1)).isEqualTo(new Block.Table(List.of(),
          List.of(List.of(new Text("Loss")), List.of(new Text("Use"))),
          List.of(List.of(List.of(new Text("MSE")),
              List.of(new Text("regression\nwith "), new Math("y \\in \\mathbb{R}", 5)))), 3));
      assertThat(blocks.get(2).line()).isEqualTo(8);
    }

    @Test
    void detailsHoldTheirSummaryAndTheMarkdownUpToTheClosingTag() {
      List<Block> blocks = parse("<details>", "<summary>What is <b>bias</b>?</summary>", "",
          "The **error** from wrong assumptions: $E[\\hat f] - f$.", "", "- one", "- two", "", "</details>",
          "", "After.").value();

      assertThat(blocks).hasSize(2);
      Block.Details details = (Block.Details) blocks.get(0);
      assertThat(details.line()).isEqualTo(1);
      assertThat(details.summary()).containsExactly(new Text("What is "), styled(Inline.Style.STRONG, "bias"),
          new Text("?"));
      assertThat(details.blocks()).hasSize(2);
      assertThat(details.blocks().get(0)).isEqualTo(new Block.Paragraph(List.of(new Text("The "),
          styled(Inline.Style.STRONG, "error"), new Text(" from wrong assumptions: "), new Math("E[\\hat f] - f", 4),
          new Text(".")), 4));
      assertThat(details.blocks().get(1)).isInstanceOf(Block.ListBlock.class);
      assertThat(blocks.get(1)).isEqualTo(new Block.Paragraph(List.of(new Text("After.")), 11));
    }

    @Test
    void anUnclosedDetailsIsReportedAndHoldsTheRest() {
      Markdown.Parsed<List<Block>> parsed = parse("Before.", "", "<details><summary>Q</summary>", "", "Answer.");

      assertThat(parsed.value()).hasSize(2);
      assertThat(((Block.Details) parsed.value().get(1)).blocks())
          .containsExactly(new Block.Paragraph(List.of(new Text("Answer.")), 5));
      assertThat(messages(parsed)).containsExactly("t.md:3: warning: <details> is not closed (close it with "
          + "</details>; everything after it in this section is read as inside it)");
    }

    @Test
    void listsParagraphsAndHeadingsInHtmlAreBlocks() {
      List<Block> blocks = parse("<h3>Losses</h3>", "<p align=\"center\">Two <em>kinds</em>:</p>",
          "<ol><li>squared</li><li>absolute <code>|y|</code></li></ol>").value();

      assertThat(blocks).containsExactly(new Block.Heading(List.of(new Text("Losses")), 1),
          new Block.Paragraph(List.of(new Text("Two "), styled(Inline.Style.EMPHASIS, "kinds"), new Text(":")), 2),
          new Block.ListBlock(true, List.of(
              new Block.ListItem(List.of(new Block.Paragraph(List.of(new Text("squared")), 3))),
              new Block.ListItem(List.of(new Block.Paragraph(List.of(new Text("absolute "), new Inline.Code("|y|")),
                  3)))), 3));
    }

    @Test
    void aDocumentOfNothingButDivsKeepsEveryWord() {
      Markdown.Parsed<List<Block>> parsed = parse("<div>", "<div class=\"a\">first</div>", "<div><div>second</div></div>",
          "</div>");

      assertThat(parsed.value()).extracting(b -> Inlines.plainText(((Block.Paragraph) b).content()))
          .containsExactly("first second");
      assertThat(parsed.diagnostics()).isEmpty();
    }

    @Test
    void anSvgWithAnEventHandlerIsReportedAndNeverReachesTheModel() {
      Markdown.Parsed<List<Block>> parsed = parse("Text.", "", "<svg onload=\"alert(1)\"><circle r=\"4\"/></svg>");

      assertThat(parsed.value()).containsExactly(new Block.Paragraph(List.of(new Text("Text.")), 1));
      assertThat(messages(parsed)).containsExactly("t.md:3: warning: event handler onload on <svg> dropped (a page "
          + "never runs a source's scripts; delete the attribute)");
    }

    @Test
    void aScriptBlockIsDroppedAndReportedAtItsLine() {
      Markdown.Parsed<List<Block>> parsed = parse("Text.", "", "<script>", "alert(document.cookie)", "</script>");

      assertThat(parsed.value()).containsExactly(new Block.Paragraph(List.of(new Text("Text.")), 1));
      assertThat(messages(parsed)).singleElement().asString().startsWith("t.md:3: warning: HTML <script> dropped");
    }

    @Test
    void aCommentBlockHasNoWords() {
      assertThat(parse("<!--", "a note to the author", "-->", "", "Text.").value())
          .containsExactly(new Block.Paragraph(List.of(new Text("Text.")), 5));
    }
  }
}
