package dev.studyguide.cli;

import dev.studyguide.model.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics one line each, then a count, and says which exit code they call for. */
final class Reporter {
  private final PrintWriter err;

  Reporter(PrintWriter err) {
    this.err = err;
  }

  /** Prints and returns the exit code: errors (or, when strict, warnings) fail. */
  int report(List<Diagnostic> diagnostics, boolean strict) {
    diagnostics.forEach(d -> err.println(d.format()));
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.stream().filter(Diagnostic::isWarning).count();
    if (errors + warnings > 0) {
      err.println(errors + " error(s), " + warnings + " warning(s)");
    }
    err.flush();
    return errors > 0 || (strict && warnings > 0) ? ExitCode.CONTENT_ERRORS : ExitCode.OK;
  }
}
