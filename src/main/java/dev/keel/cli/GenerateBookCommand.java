package dev.keel.cli;

import dev.keel.engine.SyntheticBook;
import dev.keel.engine.SyntheticDerivatives;
import dev.keel.io.AtomicFiles;
import dev.keel.io.PortfolioFiles;
import dev.keel.io.text.InputLimits;
import dev.keel.model.Portfolio;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
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
          + " bands, and optionally listed options, index futures and perpetuals with their"
          + " market data; the same seed always gives the same file."
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

  @Option(
      names = "--options",
      defaultValue = "0",
      description =
          "of the positions, how many are listed options on the book's US stocks (default 0)")
  int options;

  @Option(
      names = "--contracts",
      defaultValue = "0",
      description =
          "of the positions, how many are index futures and linear or inverse perpetuals on its"
              + " coins (default 0)")
  int contracts;

  @Option(names = "--seed", defaultValue = "42", description = "random seed (default 42)")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "file to write")
  Path out;

  @Option(
      names = "--count",
      defaultValue = "1",
      description =
          "number of books (default 1); above 1, --out is a directory that receives"
              + " book-0001.json, ... with seeds SEED, SEED+1, ...")
  int count;

  @Option(names = "--force", description = "replace FILE when it exists")
  boolean force;

  @Override
  public Integer call() {
    if (accounts < 1 || positions < accounts) {
      throw new ParameterException(
          spec.commandLine(), "need at least 1 account and at least one position per account");
    }
    if (positions > InputLimits.MAX_POSITIONS || accounts > InputLimits.MAX_ACCOUNTS) {
      throw new ParameterException(
          spec.commandLine(),
          "--positions is at most "
              + InputLimits.count(InputLimits.MAX_POSITIONS)
              + " and --accounts at most "
              + InputLimits.count(InputLimits.MAX_ACCOUNTS)
              + ", the most a portfolio file holds");
    }
    if (options < 0 || contracts < 0 || positions - options - contracts < accounts) {
      throw new ParameterException(
          spec.commandLine(),
          "--options and --contracts are 0 or more, and leave at least one spot position per"
              + " account among --positions");
    }
    if (count < 1) {
      throw new ParameterException(spec.commandLine(), "--count must be at least 1");
    }
    if (count > 1) {
      try {
        Files.createDirectories(out);
      } catch (IOException e) {
        spec.commandLine().getErr().println(out + ": cannot create: " + AtomicFiles.describe(e));
        return KeelCli.FAILED;
      }
    }
    for (int i = 0; i < count; i++) {
      Path file = count == 1 ? out : out.resolve(String.format("book-%04d.json", i + 1));
      Portfolio book = SyntheticBook.generate(positions - options - contracts, accounts, seed + i);
      if (options > 0 || contracts > 0) {
        book = SyntheticDerivatives.add(book, options, contracts, seed + i);
      }
      try {
        PortfolioFiles.write(file, book, force);
      } catch (FileAlreadyExistsException e) {
        spec.commandLine().getErr().println(file + ": exists; pass --force to replace it");
        return KeelCli.FAILED;
      } catch (IOException e) {
        spec.commandLine().getErr().println(file + ": cannot write: " + AtomicFiles.describe(e));
        return KeelCli.FAILED;
      }
      if (count == 1) {
        spec.commandLine()
            .getOut()
            .printf(
                "wrote %s: %d positions in %d accounts, %d instruments%n",
                file, book.positions().size(), book.accounts().size(), book.instruments().size());
      }
    }
    if (count > 1) {
      spec.commandLine()
          .getOut()
          .printf("wrote %d books of %d positions to %s%n", count, positions, out);
    }
    return KeelCli.OK;
  }
}
