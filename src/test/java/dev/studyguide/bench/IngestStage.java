package dev.studyguide.bench;

import dev.studyguide.model.Corpus;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.source.Ingest;
import java.nio.file.Path;

/** The source stage: config, loading, repairing and reading every document. */
final class IngestStage implements Stage<Path> {
  @Override
  public String name() {
    return "ingest";
  }

  @Override
  public String timed() {
    return "Ingest.read(content): guide.yaml, every source loaded, repaired, read and accounted for";
  }

  @Override
  public Path prepare(Path content) {
    return content;
  }

  @Override
  public Object run(Path content) {
    return Ingest.read(content);
  }

  @Override
  public String describe(Object result) {
    Corpus corpus = (Corpus) result;
    return corpus.readings().size() + " docs, " + corpus.items().count() + " items, "
        + corpus.allDiagnostics().stream().filter(Diagnostic::isError).count() + " errors";
  }
}
