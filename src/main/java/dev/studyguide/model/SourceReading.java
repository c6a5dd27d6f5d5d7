package dev.studyguide.model;

import java.io.Serializable;
import java.util.List;

/** What a reader made of one document: its items, the lines it skipped on purpose, and what went wrong. */
public record SourceReading(
    SourceDocument document, List<Item> items, List<Skipped> skipped, List<Diagnostic> diagnostics)
    implements Serializable {
  public SourceReading {
    items = List.copyOf(items);
    skipped = List.copyOf(skipped);
    diagnostics = List.copyOf(diagnostics);
  }
}
