package dev.studyguide.source;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.GuideConfig.Correction;
import dev.studyguide.model.SourceDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the editors' corrections from guide.yaml to a loaded source, after its repairs, so a correction names
 * the text as the build shows it in messages. A correction changes text within one line, so every line number
 * still points into the document as delivered. One that no longer matches its line is reported, not applied.
 */
final class Corrections {
  /** The corrected document, and the corrections that did not apply. */
  record Corrected(SourceDocument document, List<Diagnostic> problems) {}

  private Corrections() {}

  static Corrected apply(SourceDocument document, List<Correction> corrections) {
    if (corrections.isEmpty()) {
      return new Corrected(document, List.of());
    }
    List<String> lines = new ArrayList<>(document.lines());
    List<Diagnostic> problems = new ArrayList<>();
    for (Correction c : corrections) {
      String where = "correction for " + document.file() + ":" + c.line();
      if (c.line() > lines.size()) {
        problems.add(Diagnostic.warning(GuideConfigLoader.FILE_NAME, c.configLine(),
            where + " not applied: the source has " + lines.size() + " lines",
            "fix the correction's line number or remove it"));
        continue;
      }
      String text = lines.get(c.line() - 1);
      int at = text.indexOf(c.replace());
      if (at < 0) {
        problems.add(Diagnostic.warning(GuideConfigLoader.FILE_NAME, c.configLine(),
            where + " not applied: the line does not contain \"" + c.replace() + "\"",
            "the source changed: update the correction's line and text, or remove it"));
        continue;
      }
      lines.set(c.line() - 1, text.substring(0, at) + c.with() + text.substring(at + c.replace().length()));
    }
    return new Corrected(new SourceDocument(document.file(), document.title(), document.format(), lines), problems);
  }
}
