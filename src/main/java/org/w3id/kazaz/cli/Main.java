package org.w3id.kazaz.cli;

import java.io.PrintWriter;
import org.w3id.kazaz.KazazException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kazaz} command line: build, serve, query, export and load the knowledge graph. */
@Command(
    name = "kazaz",
    mixinStandardHelpOptions = true,
    version = "kazaz 0.1.0",
    description = "The Kazakhstan-Azerbaijan knowledge graph: articles in, SPARQL out.",
    subcommands = {
      BuildCommand.class,
      AddCommand.class,
      ServeCommand.class,
      QueryCommand.class,
      ExportCommand.class,
      LoadCommand.class,
      ReportCommand.class,
      ValidateCommand.class,
      BenchCommand.class,
      ExplainCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {
  /** Print the stack of an internal error (a bug), as well as its one line. */
  @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
      description = "On an internal error, print its stack trace too.")
  boolean verbose;

  /** Exit code for a run that completed but rejected some input. */
  public static final int EXIT_REJECTED = 1;
  /** Exit code for an error that stopped the command. */
  public static final int EXIT_ERROR = 2;
  /** Exit code for a build that found the graph inconsistent and wrote nothing. */
  public static final int EXIT_INCONSISTENT = 3;
  /** Exit code of {@code validate} when the store breaks a shape. */
  public static final int EXIT_VIOLATIONS = 4;
  /** Exit code for a command line that cannot be read (an unknown option, a missing value): EX_USAGE. */
  public static final int EXIT_USAGE = 64;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (used by tests too). */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the command line with the given standard output and error. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return commandLine(out, err).execute(args);
  }

  /**
   * The command line with its handlers: a usage error has its own code, not the 2 of an error that
   * stopped a command; an error prints one coded line pointing to its explanation, and an internal
   * error (a bug) its stack too under {@code --verbose}.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    Main main = new Main();
    CommandLine cl = new CommandLine(main);
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((ex, given) -> {
      ex.getCommandLine().getErr().println(Shown.coded("usage", "E-USAGE", ex.getMessage()));
      ex.getCommandLine().usage(ex.getCommandLine().getErr());
      return EXIT_USAGE;
    });
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          if (ex instanceof KazazException ke) {
            cmd.getErr().println(Shown.coded("error", ke.code(), ke.getMessage()));
          } else {
            cmd.getErr().println(Shown.coded("error", "E-INTERNAL", String.valueOf(ex)));
            if (main.verbose) {
              ex.printStackTrace(cmd.getErr());
            }
          }
          return EXIT_ERROR;
        });
    return cl;
  }
}
