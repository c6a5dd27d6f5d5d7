package dev.studyguide.check;

import dev.studyguide.model.Diagnostic;
import java.util.Locale;

/**
 * One problem the check found: how bad it is, which part of the check found it, where ({@code file:line} of a
 * content file, or a page path of the site and the line on it; line 0 when it concerns the whole file), and what
 * to do about it.
 */
public record Finding(Level level, Area area, String file, int line, String message, String hint) {

  public enum Level { ERROR, WARNING, INFO }

  /** The part of the check that found it. */
  public enum Area { CONTENT, LINKS, REACHABILITY, HTML, ACCESSIBILITY }

  public static Finding error(Area area, String file, int line, String message, String hint) {
    return new Finding(Level.ERROR, area, file, line, message, hint);
  }

  public static Finding warning(Area area, String file, int line, String message, String hint) {
    return new Finding(Level.WARNING, area, file, line, message, hint);
  }

  public static Finding info(Area area, String file, int line, String message, String hint) {
    return new Finding(Level.INFO, area, file, line, message, hint);
  }

  /** A diagnostic of the content stages, as the check reports it. */
  public static Finding of(Diagnostic d) {
    return new Finding(d.isError() ? Level.ERROR : d.isWarning() ? Level.WARNING : Level.INFO, Area.CONTENT, d.file(), d.line(), d.message(),
        d.hint());
  }

  public String where() {
    return line > 0 ? file + ":" + line : file;
  }

  /** One line for a terminal: {@code file:line: error: [links] message (hint)}. */
  public String format() {
    String text = where() + ": " + level.name().toLowerCase(Locale.ROOT) + ": [" + area.name().toLowerCase(Locale.ROOT)
        + "] " + message;
    return hint == null || hint.isEmpty() ? text : text + " (" + hint + ")";
  }
}
