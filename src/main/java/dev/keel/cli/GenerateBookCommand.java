package dev.keel.cli;

import dev.keel.engine.SyntheticBook;
import dev.keel.io.AtomicFiles;
import dev.keel.io.PortfolioFiles;
import dev.keel.model.Portfolio;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code keel generate-book --positions N --accounts M --out FILE}: a large book for benchmarks.
 */
@Command(
    name = "generate-book",
    mixinStandardHelpOptions = true,
    description = {
      "Write a large synthetic portfolio for benchmarks.",
      "Stocks, bonds and coins in three currencies across many accounts, with targets and"
          + " bands; the same seed always gives the same file."
    })
final class GenerateBookCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--positions",
      defaultValue = "10000",
      description = "number of positions (default 10000)")
  int positions;

  @Option(
      names = "--accounts",
      defaultValue = "20",
      description = "number of accounts (default 20)")
  int accounts;

  @Option(names = "--seed", defaultValue = "42", description = "random seed (default 42)")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "file to write")
  Path out;

  @Option(names = "--force", description = "replace FILE when it exists")
  boolean force;

  @Override
  public Integer call() {
    if (accounts < 1 || positions < accounts) {
      throw new ParameterException(
          spec.commandLine(), "need at least 1 account and at least one position per account");
    }
    Portfolio book = SyntheticBook.generate(positions, accounts, seed);
    try {
      PortfolioFiles.write(out, book, force);
    } catch (FileAlreadyExistsException e) {
      spec.commandLine().getErr().println(out + ": exists; pass --force to replace it");
      return KeelCli.FAILED;
    } catch (IOException e) {
      spec.commandLine().getErr().println(out + ": cannot write: " + AtomicFiles.describe(e));
      return KeelCli.FAILED;
    }
    spec.commandLine()
        .getOut()
        .printf(
            "wrote %s: %d positions in %d accounts, %d instruments%n",
            out, book.positions().size(), book.accounts().size(), book.instruments().size());
    return KeelCli.OK;
  }
}
