package dev.studyguide.cli;

import dev.studyguide.preview.Preview;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Preview the guide on 127.0.0.1, rebuilding and reloading on every edit.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin BuildOptions paths;

  @Option(names = "--port", defaultValue = "8000", description = "port on 127.0.0.1 (default: ${DEFAULT-VALUE})")
  int port;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Preview preview = new Preview(paths.toOptions(""), line -> {
      err.println(line);
      err.flush();
    });
    try {
      String url = preview.start(port);
      spec.commandLine().getOut().println("serving " + url + " (Ctrl-C to stop)");
      spec.commandLine().getOut().flush();
    } catch (IOException e) {
      err.println("cannot serve on 127.0.0.1:" + port + ": " + e.getMessage() + " (try another --port)");
      return ExitCode.OUTPUT_FAILED;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        preview.close();
      } catch (IOException e) {
        // exiting anyway
      }
    }));
    new CountDownLatch(1).await();
    return ExitCode.OK;
  }
}
