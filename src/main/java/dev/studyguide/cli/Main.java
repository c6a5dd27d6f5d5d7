package dev.studyguide.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code studyguide}: the command-line entry point. */
@Command(name = "studyguide", mixinStandardHelpOptions = true, version = "studyguide 0.1.0",
    description = "Turns scattered study material into one searchable, printable study guide.",
    subcommands = {BuildCommand.class, ServeCommand.class, SearchCommand.class, NormalizeCommand.class,
        GraphCommand.class, CheckCommand.class, InitCommand.class})
public final class Main {

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code;
    try {
      code = commandLine(out, err).execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // picocli hands only exceptions to the handler below; an error would print a stack trace and exit 1
      err.println("studyguide: internal error: " + e + " (this is a bug in studyguide; please report it with "
          + "the command you ran and the size of the input)");
      code = ExitCode.INTERNAL;
    }
    System.exit(code);
  }

  /** The whole CLI writing to the given streams, so tests need no globals. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("studyguide: internal error: " + e
          + " (this is a bug in studyguide; please report it with the command you ran)");
      return ExitCode.INTERNAL;
    });
    cli.setParameterExceptionHandler((e, args) -> {
      e.getCommandLine().getErr().println("studyguide: " + e.getMessage() + " (see --help)");
      return ExitCode.USAGE;
    });
    cli.setExitCodeExceptionMapper(e -> ExitCode.INTERNAL);
    return cli;
  }
}
