package dev.studyguide.cli;

/** Exit codes, named so scripts and tests can rely on them. */
public final class ExitCode {
  public static final int OK = 0;
  /** The content has errors (diagnostics of severity error, or warnings under --strict). */
  public static final int CONTENT_ERRORS = 1;
  /** The command line was wrong. */
  public static final int USAGE = 2;
  /** Output could not be written (folder not writable, disk full). */
  public static final int OUTPUT_FAILED = 3;
  /** A bug in studyguide itself. */
  public static final int INTERNAL = 70;

  private ExitCode() {}
}
