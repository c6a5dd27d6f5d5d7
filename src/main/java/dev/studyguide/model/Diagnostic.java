package dev.studyguide.model;

import java.io.Serializable;

/**
 * A problem found in the input, positioned at {@code file:line} (line 0 when it concerns the whole file),
 * with a hint that tells the editor what to do. Collected, never thrown.
 */
public record Diagnostic(Severity severity, String file, int line, String message, String hint)
    implements Serializable {

  public static Diagnostic error(String file, int line, String message, String hint) {
    return new Diagnostic(Severity.ERROR, file, line, message, hint);
  }

  public static Diagnostic warning(String file, int line, String message, String hint) {
    return new Diagnostic(Severity.WARNING, file, line, message, hint);
  }

  public static Diagnostic info(String file, int line, String message) {
    return new Diagnostic(Severity.INFO, file, line, message, "");
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  public boolean isWarning() {
    return severity == Severity.WARNING;
  }

  /** One line for a terminal: {@code file:line: error: message (hint)}. */
  public String format() {
    String where = line > 0 ? file + ":" + line : file;
    String text = where + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    return hint == null || hint.isEmpty() ? text : text + " (" + hint + ")";
  }
}
