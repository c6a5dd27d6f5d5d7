package dev.studyguide.render;

/**
 * How the build tells its user how it is getting on: one line per finished step, and counts within the long
 * steps (typesetting, PDFs) that a terminal can show as a bar. Steps may run side by side, so an implementation
 * is called from several threads.
 */
@FunctionalInterface
public interface Progress {
  Progress SILENT = line -> { };

  /** A step is done: one line such as {@code "math  812 ms  509 formulas"}. */
  void line(String line);

  /** A long step starts {@code total} units of work; count them on what this returns, then close it. */
  default Counter start(String step, int total) {
    return Counter.NONE;
  }

  /** The units of one long step, counted as they finish. */
  interface Counter extends AutoCloseable {
    Counter NONE = new Counter() {
      @Override
      public void advance() { }

      @Override
      public void close() { }
    };

    void advance();

    @Override
    void close();
  }
}
