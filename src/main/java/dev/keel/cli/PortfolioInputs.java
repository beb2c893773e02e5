package dev.keel.cli;

import dev.keel.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The portfolio files a command is given: files as named, directories as their {@code *.json}
 * files, leaving out what Keel writes beside them (orders lists and manifests).
 */
final class PortfolioInputs {
  private PortfolioInputs() {}

  /**
   * The files to process, in the order given (a directory's sorted).
   *
   * @throws ParameterException for a directory without portfolio files, or one that cannot be
   *     listed
   */
  static List<Path> expand(CommandLine command, List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> children = Files.list(input)) {
          List<Path> json =
              children
                  .filter(PortfolioInputs::isPortfolio)
                  .filter(Files::isRegularFile)
                  .sorted()
                  .toList();
          if (json.isEmpty()) {
            throw new ParameterException(command, input + " holds no portfolio files (*.json)");
          }
          files.addAll(json);
        } catch (IOException e) {
          throw new ParameterException(
              command, "cannot list " + input + ": " + AtomicFiles.describe(e));
        }
      } else {
        files.add(input);
      }
    }
    return files;
  }

  /** A {@code .json} file that is not an orders list or a manifest Keel wrote. */
  private static boolean isPortfolio(Path path) {
    String name = path.getFileName().toString();
    return name.endsWith(".json")
        && !name.endsWith(".manifest.json")
        && !name.endsWith(".orders.json");
  }
}
