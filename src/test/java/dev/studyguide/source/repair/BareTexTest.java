package dev.studyguide.source.repair;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.SourceDocument;
import dev.studyguide.model.SourceFormat;
import dev.studyguide.source.RealSources;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Finding the TeX that the PDF export of 002 left without its dollar signs. */
class BareTexTest {

  private static List<String> tex(String prose) {
    return BareTex.find(prose).stream().map(s -> prose.substring(s.start(), s.end())).toList();
  }

  @Test
  void aCommandWithItsArgumentIsTexAndTheWordsAroundItAreNot() {
    assertThat(tex("where \\bar{X} is the sample mean, μ is the population mean")).containsExactly("\\bar{X}");
  }

  @Test
  void subscriptsAndSuperscriptsAfterTheArgumentBelongToIt() {
    assertThat(tex("\\mathbf{x}_i : Feature vector for the i -th sample,")).containsExactly("\\mathbf{x}_i");
    assertThat(tex("the candidate hidden state \\tilde{h}_t , controlled by")).containsExactly("\\tilde{h}_t");
    assertThat(tex("score \\hat{C}_i matches")).containsExactly("\\hat{C}_i");
  }

  @Test
  void aCommaListAroundDotsIsOneFormula() {
    assertThat(tex("For paired samples X_1, X_2, \\dots, X_n , compute differences"))
        .containsExactly("X_1, X_2, \\dots, X_n");
  }

  @Test
  void parenthesesAroundATupleBelongToIt() {
    assertThat(tex("with respect to the i -th data point (\\mathbf{x}_i, y_i) ."))
        .containsExactly("(\\mathbf{x}_i, y_i)");
    assertThat(tex("a point (\\mathbf{x}) here")).containsExactly("\\mathbf{x}");
  }

  @Test
  void separateCommandsInASentenceStaySeparate() {
    assertThat(tex("\\mathbf{z}_i and \\mathbf{z}_j are representations of positive pairs, and \\mathbf{z}_k includes"))
        .containsExactly("\\mathbf{z}_i", "\\mathbf{z}_j", "\\mathbf{z}_k");
  }

  @Test
  void scriptedLettersWithoutACommandAreLeftAlone() {
    assertThat(tex("Null hypothesis (H_0): Assumes no effect")).isEmpty();
    assertThat(tex("Observes state s_t , takes action a_t , receives reward r_t")).isEmpty();
    assertThat(tex("where X_{-i} represents all variables except X_i .")).isEmpty();
    assertThat(tex("Place kernel (e.g. Gaussian \"bump\") at each data point")).isEmpty();
  }

  @Test
  void findsEveryBackslashCommandLeftOutsideDollarsIn002() {
    SourceDocument sheet = RealSources.load("002", SourceFormat.PDF_STUDY_SHEET);
    Pattern dollars = Pattern.compile("\\$\\$.*?\\$\\$|\\$[^$]*\\$");
    Pattern command = Pattern.compile("\\\\[A-Za-z]");
    List<String> found = new ArrayList<>();
    int linesWithBareTex = 0;
    for (String line : sheet.lines()) {
      if (line.startsWith("$$") || line.startsWith("\\") || line.startsWith("&")) {
        continue; // display formulas, including the lines inside the multi-line one
      }
      for (String prose : dollars.split(line, -1)) {
        List<BareTex.Span> spans = BareTex.find(prose);
        found.addAll(tex(prose));
        StringBuilder rest = new StringBuilder(prose);
        for (int k = spans.size() - 1; k >= 0; k--) {
          rest.delete(spans.get(k).start(), spans.get(k).end());
        }
        assertThat(command.matcher(rest).find()).as("command left in: %s", prose).isFalse();
        linesWithBareTex += spans.isEmpty() ? 0 : 1;
      }
    }
    assertThat(found).hasSize(18);
    assertThat(linesWithBareTex).isEqualTo(15);
  }
}
