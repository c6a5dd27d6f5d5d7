package dev.studyguide.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code studyguide}: the command-line entry point. */
@Command(name = "studyguide", mixinStandardHelpOptions = true, version = "studyguide 0.1.0",
    description = "Turns scattered study material into one searchable, printable study guide.")
public final class Main {
  /** The subcommands, in the order the help lists them. */
  private static final List<Class<?>> SUBCOMMANDS = List.of(BuildCommand.class, ServeCommand.class,
      SearchCommand.class, NormalizeCommand.class, GraphCommand.class, CheckCommand.class, InitCommand.class);

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code;
    try {
      code = commandLine(out, err, named(args)).execute(args);
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
    return commandLine(out, err, SUBCOMMANDS);
  }

  /**
   * The subcommand {@code args} start with, alone, or all of them (for the top level's help and for a name
   * that is none of them): picocli reads every option of every subcommand it is given by reflection, 0.05-0.1 s
   * of each run's start in a fresh JVM (measured on {@code build --help}), where a run needs only its own.
   */
  static List<Class<?>> named(String[] args) {
    if (args.length > 0) {
      for (Class<?> subcommand : SUBCOMMANDS) {
        if (subcommand.getAnnotation(Command.class).name().equals(args[0])) {
          return List.of(subcommand);
        }
      }
    }
    return SUBCOMMANDS;
  }

  private static CommandLine commandLine(PrintWriter out, PrintWriter err, List<Class<?>> subcommands) {
    CommandLine cli = new CommandLine(new Main());
    subcommands.forEach(cli::addSubcommand);
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
