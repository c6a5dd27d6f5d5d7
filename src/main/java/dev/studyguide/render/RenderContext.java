package dev.studyguide.render;

import dev.studyguide.model.Diagnostic;
import java.util.List;

/**
 * What every output may use besides the guide: the templates, a place to report problems, and where to count
 * the units of a long step.
 */
public record RenderContext(Templates templates, List<Diagnostic> diagnostics, Progress progress) {
  public RenderContext(Templates templates, List<Diagnostic> diagnostics) {
    this(templates, diagnostics, Progress.SILENT);
  }
}
