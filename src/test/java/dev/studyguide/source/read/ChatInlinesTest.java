package dev.studyguide.source.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Inline;
import dev.studyguide.model.Inline.Code;
import dev.studyguide.model.Inline.Styled;
import dev.studyguide.model.Inline.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatInlinesTest {

  @Test
  void readsStrongEmphasisCodeAndTex() {
    assertThat(ChatInlines.parse("Use **L1** *not* `l2` on \\(x_i\\)", 9)).containsExactly(
        new Text("Use "), new Styled(Inline.Style.STRONG, List.of(new Text("L1"))), new Text(" "),
        new Styled(Inline.Style.EMPHASIS, List.of(new Text("not"))), new Text(" "), new Code("l2"),
        new Text(" on "), new Inline.Math("x_i", 9));
  }

  @Test
  void keepsUnclosedMarkersAndLoneStarsAsText() {
    assertThat(ChatInlines.parse("a * b and **open", 1)).containsExactly(new Text("a * b and **open"));
    assertThat(ChatInlines.parse("|x| for \\(open", 1)).containsExactly(new Text("|x| for \\(open"));
  }
}
