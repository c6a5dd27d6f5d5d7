package dev.studyguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.render.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * At a terminal, long steps show a bar under the step lines, redrawn as they count, at most ten times a second;
 * once they end the bar is wiped, so what stays on screen is the step lines alone.
 */
class TerminalProgressTest {
  final StringWriter screen = new StringWriter();
  final AtomicLong nanos = new AtomicLong();
  final TerminalProgress progress = new TerminalProgress(new PrintWriter(screen), nanos::get);

  @Test
  void drawsABarForEachStepUnderWayAndWipesItWhenTheyEnd() {
    try (Progress.Counter math = progress.start("math", 4); Progress.Counter pdf = progress.start("pdf", 2)) {
      nanos.addAndGet(200_000_000L);
      math.advance();
      math.advance(); // within 100 ms of the last draw: counted, drawn next time
      nanos.addAndGet(200_000_000L);
      math.advance();
      assertThat(lastStatus()).isEqualTo("math [===============     ] 3/4   pdf [                    ] 0/2");
    }
    assertThat(screen.toString()).endsWith(TerminalProgress.CLEAR_LINE);
  }

  @Test
  void printsStepLinesAboveTheBarAndLeavesOnlyThemBehind() {
    try (Progress.Counter pdf = progress.start("pdf", 24)) {
      progress.line("typeset   99 ms  508 formulas");
      pdf.advance();
    }
    progress.line("packs    169 ms  written");

    assertThat(visible(screen.toString())).isEqualTo("typeset   99 ms  508 formulas\npacks    169 ms  written\n");
  }

  @Test
  void redrawsAtMostTenTimesASecond() {
    try (Progress.Counter math = progress.start("math", 500)) {
      for (int i = 0; i < 500; i++) {
        nanos.addAndGet(1_000_000L);
        math.advance();
      }
    }
    // 0.5 s of counting: the first draw, five redraws, and the wipe at the end.
    assertThat(screen.toString().split("\r", -1)).hasSizeBetween(6, 8);
  }

  @Test
  void aStepWithNothingToCountShowsNoBar() {
    try (Progress.Counter none = progress.start("pdf", 0)) {
      none.advance();
    }
    assertThat(screen.toString()).isEmpty();
  }

  /** The status line as last drawn. */
  private String lastStatus() {
    String text = screen.toString();
    return text.substring(text.lastIndexOf(TerminalProgress.CLEAR_LINE) + TerminalProgress.CLEAR_LINE.length());
  }

  /** What a terminal shows once every carriage return has gone back over its line and wiped it. */
  private static String visible(String written) {
    StringBuilder out = new StringBuilder();
    for (String line : written.split("\n", -1)) {
      String[] redraws = line.split(java.util.regex.Pattern.quote(TerminalProgress.CLEAR_LINE), -1);
      out.append(redraws[redraws.length - 1]).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }
}
