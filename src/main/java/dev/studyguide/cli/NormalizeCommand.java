package dev.studyguide.cli;

import dev.studyguide.model.Corpus;
import dev.studyguide.pipeline.CorpusJson;
import dev.studyguide.source.Ingest;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "normalize", mixinStandardHelpOptions = true, description = "Read the sources and print the normalized model.")
final class NormalizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ContentOption content;

  @Option(names = "--json", description = "write the model as JSON (the only format for now)")
  boolean json;

  @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
  Path out;

  @Override
  public Integer call() {
    Corpus corpus = Ingest.read(content.content);
    int status = new Reporter(spec.commandLine().getErr()).report(corpus.allDiagnostics(), false);
    if (status != ExitCode.OK) {
      return status;
    }
    return OutputFile.write(CorpusJson.write(corpus), out, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
