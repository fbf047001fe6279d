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
  /** Exit code for a run that completed but rejected some input. */
  public static final int EXIT_REJECTED = 1;
  /** Exit code for an error that stopped the command. */
  public static final int EXIT_ERROR = 2;
  /** Exit code for a build that found the graph inconsistent and wrote nothing. */
  public static final int EXIT_INCONSISTENT = 3;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (used by tests too). */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the command line with the given standard output and error. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          if (ex instanceof KazazException ke) {
            cmd.getErr().println("error [" + ke.code() + "]: " + Shown.line(ke.getMessage()));
          } else {
            cmd.getErr().println("error [E-INTERNAL]: " + Shown.line(String.valueOf(ex)));
          }
          return EXIT_ERROR;
        });
    return cl.execute(args);
  }
}
