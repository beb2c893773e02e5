package dev.keel.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code keel} command and its subcommands. */
@Command(
    name = "keel",
    mixinStandardHelpOptions = true,
    versionProvider = KeelCli.Version.class,
    description = {
      "Keel, a rebalancing workstation: these commands work on portfolio files.",
      "Run keel with no command, or with a portfolio file, to open the window."
    })
public final class KeelCli implements Runnable {
  /** Exit code: done, nothing wrong. */
  public static final int OK = 0;

  /** Exit code: an input is invalid or a request cannot be done. */
  public static final int FAILED = 1;

  /** Exit code: the command line itself is wrong. */
  public static final int USAGE = 2;

  private static final Logger LOG = LoggerFactory.getLogger(KeelCli.class);

  /** The subcommands, in the order help lists them. */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          ValidateCommand.class,
          DriftCommand.class,
          ExposureCommand.class,
          MarginCommand.class,
          StressCommand.class,
          RebalanceCommand.class,
          HedgeCommand.class,
          ImportHoldingsCommand.class,
          GenerateBookCommand.class,
          CommandLine.HelpCommand.class);

  /** The command names, read from the subcommands (help included). */
  static final Set<String> COMMANDS =
      SUBCOMMANDS.stream()
          .map(type -> type.getAnnotation(Command.class).name())
          .collect(Collectors.toUnmodifiableSet());

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs a command on the standard streams with the clock of the composition root; returns the exit
   * code.
   */
  public static int run(String[] args, Clock clock) {
    return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), clock);
  }

  /** Runs a command writing to the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
    if (args.length > 0 && !COMMANDS.contains(args[0]) && !args[0].startsWith("-")) {
      err.println(
          "keel: '"
              + args[0]
              + "' is neither a command nor a file. Commands: "
              + String.join(", ", COMMANDS.stream().sorted().toList())
              + "; see keel --help");
      err.flush();
      return USAGE;
    }
    Factory factory = new Factory(clock);
    CommandLine commandLine = new CommandLine(new KeelCli(), factory);
    for (Class<?> command : subcommandsFor(args)) {
      commandLine.addSubcommand(new CommandLine(command, factory));
    }
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(
        (exception, arguments) -> {
          CommandLine failed = exception.getCommandLine();
          failed.getErr().println("keel: " + exception.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(exception, failed.getErr());
          failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help'.");
          return USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (exception, line, parseResult) -> {
          LOG.error("unexpected error in {}", String.join(" ", args), exception);
          line.getErr().println(failure(exception));
          return FAILED;
        });
    int code;
    try {
      code = commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      // what held the memory is unwound by now: there is room to say so
      LOG.error("out of memory in {}", String.join(" ", args), e);
      err.println(failure(e));
      code = FAILED;
    }
    LOG.info("keel {} -> exit {}", String.join(" ", args), code);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The subcommands a run needs: the one it names, else all of them (for help, or to say what is
   * wrong). picocli reads every option of every command it is given, which cost each run of a
   * command about a tenth of a second when it was given all eight.
   */
  static List<Class<?>> subcommandsFor(String[] args) {
    if (args.length == 0 || args[0].equals("help")) {
      return SUBCOMMANDS;
    }
    return SUBCOMMANDS.stream()
        .filter(type -> type.getAnnotation(Command.class).name().equals(args[0]))
        .findFirst()
        .<List<Class<?>>>map(List::of)
        .orElse(SUBCOMMANDS);
  }

  /**
   * What an unexpected failure of a command says: Java running out of memory (also when it happened
   * in a worker and came back wrapped) is the user's to mend, with more memory or a smaller book;
   * anything else is a bug to report.
   */
  static String failure(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OutOfMemoryError) {
        long most = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return "keel: Java ran out of memory (it may use "
            + most
            + " MB): give it more, as in java -Xmx1g -jar ..., or split the book into several"
            + " files";
      }
    }
    return "keel: internal error: " + failure + " (details in the log file; please report it)";
  }

  /**
   * Tells the user, on standard error, why Keel cannot do what was asked; returns the exit code.
   */
  public static int refuse(String reason) {
    System.err.println("keel: " + reason);
    return FAILED;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command");
  }

  /** Gives commands the clock of the composition root. */
  private static final class Factory implements CommandLine.IFactory {
    private final Clock clock;

    Factory(Clock clock) {
      this.clock = clock;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == ImportHoldingsCommand.class) {
        return type.cast(new ImportHoldingsCommand(clock));
      }
      if (type == RebalanceCommand.class) {
        return type.cast(new RebalanceCommand(clock));
      }
      if (type == HedgeCommand.class) {
        return type.cast(new HedgeCommand(clock));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  /** The version from the jar manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = KeelCli.class.getPackage().getImplementationVersion();
      return new String[] {"keel " + (version == null ? "development" : version)};
    }
  }
}
