package dev.studyguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Block;
import dev.studyguide.model.Inline;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadableTextTest {
  @Test
  void aPicturesAltTextAndADisclosuresSummaryAndBodyAreSearchableWords() {
    List<Block> blocks = List.of(new Block.Details(List.of(new Inline.Text("Why does it shrink?")),
        List.of(new Block.Paragraph(List.of(new Inline.Text("See "),
            new Inline.Image("img/spread.png", "spread of the sample mean", 4), new Inline.Text(".")), 4)), 3));

    assertThat(ReadableText.ofBlocks(blocks)).isEqualTo("Why does it shrink?\nSee spread of the sample mean.");
  }
}
