package dev.studyguide.cli;

import dev.studyguide.graph.TopicSuggestions;
import dev.studyguide.pipeline.Guide;
import dev.studyguide.pipeline.GraphJson;
import dev.studyguide.pipeline.GraphReportText;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "graph", mixinStandardHelpOptions = true, description = "Build the topic graph and print it as JSON, as a review report, or as drafts of missing topics.")
final class GraphCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ContentOption content;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Format format;

  static final class Format {
    @Option(names = "--json", required = true, description = "the graph as JSON") boolean json;
    @Option(names = "--report", required = true, description = "merges, near misses, weak fits, empty topics")
    boolean report;
    @Option(names = "--suggest-topics", required = true,
        description = "YAML drafting topics for the items that fit none, to paste into topics.yaml")
    boolean suggestTopics;
  }

  @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
  Path out;

  @Override
  public Integer call() {
    Guide guide = Guide.load(content.content);
    int status = new Reporter(spec.commandLine().getErr()).report(guide.diagnostics(), false);
    if (status != ExitCode.OK || guide.graph().isEmpty()) {
      return ExitCode.CONTENT_ERRORS;
    }
    String text = format.json ? GraphJson.write(guide.graph().get())
        : format.report ? GraphReportText.write(guide.graph().get())
        : TopicSuggestions.yaml(guide.graph().get());
    return OutputFile.write(text, out, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
