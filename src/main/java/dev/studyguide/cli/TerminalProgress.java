package dev.studyguide.cli;

import dev.studyguide.render.Progress;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Progress for an interactive terminal: step lines scroll up as in a log; under them one status line shows a
 * bar for every long step under way (steps run side by side), redrawn at most ten times a second and wiped
 * when the last of them ends, so the finished output is exactly the step lines.
 */
final class TerminalProgress implements Progress {
  static final String CLEAR_LINE = "\r\033[K";
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int BAR = 20;

  private final PrintWriter err;
  private final LongSupplier clock;
  private final Map<String, int[]> running = new LinkedHashMap<>();
  private long drawnAt;
  private boolean statusShown;

  TerminalProgress(PrintWriter err, LongSupplier clock) {
    this.err = err;
    this.clock = clock;
  }

  /** Whether this process talks to a person at a terminal that understands cursor movement. */
  static boolean available() {
    String term = System.getenv("TERM");
    return System.console() != null && term != null && !term.equals("dumb");
  }

  @Override
  public synchronized void line(String line) {
    wipe();
    err.println(line);
    draw();
  }

  @Override
  public synchronized Counter start(String step, int total) {
    if (total <= 0) {
      return Counter.NONE;
    }
    running.put(step, new int[] {0, total});
    draw();
    return new Counter() {
      @Override
      public void advance() {
        advanced(step);
      }

      @Override
      public void close() {
        finished(step);
      }
    };
  }

  private synchronized void advanced(String step) {
    int[] count = running.get(step);
    if (count != null) {
      count[0] = Math.min(count[1], count[0] + 1);
      if (clock.getAsLong() - drawnAt >= REDRAW_NANOS) {
        draw();
      }
    }
  }

  private synchronized void finished(String step) {
    running.remove(step);
    draw();
  }

  private void draw() {
    wipe();
    if (running.isEmpty()) {
      err.flush();
      return;
    }
    StringBuilder status = new StringBuilder();
    running.forEach((step, count) ->
        status.append(status.length() == 0 ? "" : "   ").append(bar(step, count[0], count[1])));
    err.print(status);
    err.flush();
    statusShown = true;
    drawnAt = clock.getAsLong();
  }

  static String bar(String step, int done, int total) {
    int filled = (int) ((long) BAR * done / total);
    return String.format(Locale.ROOT, "%s [%s%s] %d/%d", step, "=".repeat(filled), " ".repeat(BAR - filled), done,
        total);
  }

  private void wipe() {
    if (statusShown) {
      err.print(CLEAR_LINE);
      statusShown = false;
    }
  }
}
