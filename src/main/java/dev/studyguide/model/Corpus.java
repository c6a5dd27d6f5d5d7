package dev.studyguide.model;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;

/** Everything the source stage read: the config, one reading per listed document, and all diagnostics. */
public record Corpus(GuideConfig config, List<SourceReading> readings, List<Diagnostic> diagnostics)
    implements Serializable {
  public Corpus {
    readings = List.copyOf(readings);
    diagnostics = List.copyOf(diagnostics);
  }

  public Stream<Item> items() {
    return readings.stream().flatMap(r -> r.items().stream());
  }

  /** The source diagnostics plus those of every reading, in source order. */
  public List<Diagnostic> allDiagnostics() {
    return Stream.concat(diagnostics.stream(), readings.stream().flatMap(r -> r.diagnostics().stream())).toList();
  }

  public boolean hasErrors() {
    return allDiagnostics().stream().anyMatch(Diagnostic::isError);
  }
}
