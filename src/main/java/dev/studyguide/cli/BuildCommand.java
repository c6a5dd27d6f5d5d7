package dev.studyguide.cli;

import dev.studyguide.pipeline.Build;
import dev.studyguide.render.OutputFolder;
import dev.studyguide.render.Progress;
import dev.studyguide.render.Templates;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the whole guide from the content folder into the output folder.")
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin BuildOptions paths;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "public address of the site, overriding guide.yaml's baseUrl (for canonical links, sitemap)")
  String baseUrl;

  @Option(names = {"-q", "--quiet"}, description = "print only problems")
  boolean quiet;

  @Option(names = "--strict", description = "treat warnings as errors")
  boolean strict;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Build build = Build.once(progress(err));
    Build.Result result;
    try {
      OutputFolder.checkReplaceable(paths.out); // before the build spends its time, not after
      result = build.run(paths.toOptions(baseUrl));
    } catch (OutputFolder.Unwritable e) {
      err.println("--out " + paths.out + ": " + e.getMessage());
      return ExitCode.OUTPUT_FAILED;
    } catch (IOException | UncheckedIOException e) {
      err.println("--out " + paths.out + ": cannot write the output: " + OutputFailure.describe(e)
          + " (check the disk has room and the folder is writable; the previous output was left as it was)");
      return ExitCode.OUTPUT_FAILED;
    } catch (Templates.TemplateException e) {
      err.println(e.getMessage() + " (fix the template)");
      return ExitCode.CONTENT_ERRORS;
    }
    int status = new Reporter(err).report(result.diagnostics(), strict);
    if (!result.published()) {
      err.println("build failed: " + paths.out + " was left as it was");
      return status == ExitCode.OK ? ExitCode.CONTENT_ERRORS : status;
    }
    return status;
  }

  /** A bar under the step lines at a terminal, the step lines alone in a log, nothing under --quiet. */
  private Progress progress(PrintWriter err) {
    if (quiet) {
      return Progress.SILENT;
    }
    if (TerminalProgress.available()) {
      return new TerminalProgress(err, System::nanoTime);
    }
    return line -> {
      err.println(line);
      err.flush();
    };
  }
}
