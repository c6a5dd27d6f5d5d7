package dev.studyguide.cli;

import dev.studyguide.check.Check;
import dev.studyguide.check.CheckReport;
import dev.studyguide.check.ContentCheck;
import dev.studyguide.pipeline.Guide;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, description = "Validate the content and the built site (links, orphan pages, HTML, "
    + "accessibility) and print a report; exits non-zero on errors.")
final class CheckCommand implements Callable<Integer> {
  enum Format { text, json }

  @Spec CommandSpec spec;
  @Mixin ContentOption content;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
      description = "the built site to check (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--cache", paramLabel = "DIR", defaultValue = ".cache",
      description = "cache of typeset formulas (shared with build) and of axe-core (default: ${DEFAULT-VALUE})")
  Path cache;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--strict", description = "treat warnings as errors")
  boolean strict;

  @Option(names = "--no-browser", description = "skip the accessibility part, which runs Chromium")
  boolean noBrowser;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    Guide guide = Guide.load(content.content);
    ContentCheck.Result contentResult = ContentCheck.of(guide.corpus(), guide.graph(), guide.diagnostics(), cache);
    CheckReport report = Check.run(contentResult, (System.nanoTime() - start) / 1_000_000,
        new Check.Options(out, cache, !noBrowser));
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(format == Format.json ? report.json(strict) : report.text(strict));
    stdout.flush();
    return report.fails(strict) ? ExitCode.CONTENT_ERRORS : ExitCode.OK;
  }
}
