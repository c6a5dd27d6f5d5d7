package dev.studyguide.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No {@code </} reaches a study script, however the JSON writer splits its writes. */
class ScriptSafeWriterTest {
  @Test
  void escapesEverySlashAfterALessThanSignAndNothingElse() throws IOException {
    assertThat(through(List.of("<b>a</b> 1/2 <</x> <\\/"))).isEqualTo("<b>a<\\/b> 1/2 <<\\/x> <\\/");
  }

  @Test
  void escapesAPairSplitAcrossWritesOfEveryKind() throws IOException {
    StringWriter text = new StringWriter();
    try (ScriptSafeWriter out = new ScriptSafeWriter(text)) {
      out.write("x<");
      out.write('/');
      out.write('<');
      out.write("/y<".toCharArray(), 0, 3);
      out.write("a/b", 1, 2);
    }
    assertThat(text).hasToString("x<\\/<\\/y<\\/b");
  }

  @Test
  void aLessThanSignFromAnEarlierWriteDoesNotCountOnceAnotherCharacterCame() throws IOException {
    assertThat(through(List.of("<", "a", "/"))).isEqualTo("<a/");
  }

  @Test
  void theCardsScriptOfAFormulaWithMarkupEndsNoScript() throws IOException {
    StringWriter text = new StringWriter();
    StudyCards.script("X", List.of("<span>a</span>", "</script><script>alert(1)</script>"), text);
    assertThat(text.toString()).doesNotContain("</")
        .isEqualTo("window.X = [\"<span>a<\\/span>\",\"<\\/script><script>alert(1)<\\/script>\"];\n");
  }

  private static String through(List<String> writes) throws IOException {
    StringWriter text = new StringWriter();
    try (ScriptSafeWriter out = new ScriptSafeWriter(text)) {
      for (String w : writes) {
        out.write(w);
      }
    }
    return text.toString();
  }
}
