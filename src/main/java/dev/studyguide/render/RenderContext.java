package dev.studyguide.render;

import dev.studyguide.model.Diagnostic;
import java.util.List;

/** What every output may use besides the guide: the templates and a place to report problems. */
public record RenderContext(Templates templates, List<Diagnostic> diagnostics) {}
