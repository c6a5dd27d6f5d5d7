package dev.studyguide.cli;

import dev.studyguide.pipeline.Scaffold;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Start a guide for your own material in a new folder: content/ (guide.yaml, topics.yaml, "
        + "overrides.yaml, an example source) and a GitHub Pages workflow.")
final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "a new or empty folder")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<String> refusal = Scaffold.refusal(dir);
    if (refusal.isPresent()) {
      err.println("studyguide: " + refusal.get());
      return ExitCode.USAGE;
    }
    List<String> written;
    try {
      written = Scaffold.write(dir);
    } catch (IOException e) {
      err.println("studyguide: cannot write " + dir + ": " + e.getMessage() + " (check the folder's permissions)");
      return ExitCode.OUTPUT_FAILED;
    }
    PrintWriter out = spec.commandLine().getOut();
    written.forEach(f -> out.println("created " + dir.resolve(f)));
    out.println();
    out.println("Next: put your questions into " + dir.resolve("content/sources") + " (see example.md), list them in "
        + dir.resolve("content/guide.yaml") + ", then");
    out.println("  ./studyguide build --content " + dir.resolve("content") + " --out " + dir.resolve("site"));
    out.flush();
    return ExitCode.OK;
  }
}
