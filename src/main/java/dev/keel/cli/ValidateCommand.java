package dev.keel.cli;

import dev.keel.io.PortfolioFiles;
import dev.keel.io.ReadResult;
import dev.keel.model.Portfolio;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keel validate FILE...}. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check portfolio files and list every problem with its line and column.",
      "Each problem is one line, FILE:LINE:COLUMN: what is wrong and what to do.",
      "Exit 0 when every file is valid, 1 when any is not, 2 on a usage error."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "portfolio files (JSON)")
  List<Path> files;

  @Override
  public Integer call() {
    boolean allValid = true;
    for (Path file : files) {
      ReadResult<Portfolio> result = PortfolioFiles.read(file);
      if (result.isOk()) {
        Portfolio portfolio = result.get();
        spec.commandLine()
            .getOut()
            .printf(
                "ok: %s (%s, %s, %s)%n",
                file,
                count(portfolio.instruments().size(), "instrument"),
                count(portfolio.positions().size(), "position"),
                count(portfolio.accounts().size(), "account"));
        Problems.warnings(spec.commandLine().getErr(), result.warnings());
      } else {
        allValid = false;
        Problems.print(spec.commandLine().getErr(), file.toString(), result.problems());
      }
    }
    return allValid ? KeelCli.OK : KeelCli.FAILED;
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
