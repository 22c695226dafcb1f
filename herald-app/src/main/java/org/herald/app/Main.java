package org.herald.app;

import org.herald.engine.Engine;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code herald} command. */
@Command(
    name = "herald",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns news articles into sourced, structured event data.",
    subcommands = {
      AnalyzeCommand.class, IngestCommand.class, ServeCommand.class, WatchCommand.class,
      ExportCommand.class,
      ReanalyzeCommand.class, SplitCommand.class, FeedCommand.class, StreamCommand.class, EvalCommand.class, BenchCommand.class,
      DemoCommand.class, KbCommand.class, TrainCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit status. */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new java.io.PrintWriter(System.out, true));
    cl.setErr(new java.io.PrintWriter(System.err, true));
    cl.setExecutionExceptionHandler(new Errors());
    return cl.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"herald " + Engine.version()};
    }
  }
}
