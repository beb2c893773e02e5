package dev.keel.io.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What an export of a review will write: the orders files, each with its orders, and the name of
 * the manifest; or why it cannot be written (a stock order for a crypto exchange, a contract the
 * IBKR basket cannot name). Made by {@link OrderExport#plan}; nothing is written until {@link
 * OrderExport#write}.
 *
 * @param routing how the format of each order was chosen
 * @param files the orders files, in the order of the accounts they cover; no two names, nor a name
 *     and the manifest's, differ only in case (macOS and Windows would take them for one file)
 * @param manifest the manifest's file name
 * @param problems why the export cannot be written, each naming the trade; empty when it can
 */
public record ExportPlan(
    Routing routing, List<OrderFile> files, String manifest, List<String> problems) {
  public ExportPlan {
    Objects.requireNonNull(routing, "routing");
    files = List.copyOf(files);
    Objects.requireNonNull(manifest, "manifest");
    problems = List.copyOf(problems);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("an export writes at least one orders file");
    }
    Set<String> names = new HashSet<>();
    for (String name : allNames(files, manifest)) {
      if (!names.add(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "two files of one export would be one file where case does not count: " + name);
      }
    }
  }

  private static List<String> allNames(List<OrderFile> files, String manifest) {
    List<String> names = new ArrayList<>();
    files.forEach(file -> names.add(file.name()));
    names.add(manifest);
    return names;
  }

  /** Whether the export can be written. */
  public boolean isWritable() {
    return problems.isEmpty();
  }

  /** Whether the export writes one orders file. */
  public boolean isSingleFile() {
    return files.size() == 1;
  }

  /** How many orders all files hold. */
  public int orders() {
    return files.stream().mapToInt(OrderFile::orders).sum();
  }

  /**
   * The same export with its one orders file under another name, and the manifest beside it as
   * {@code name.manifest.json}: for a user who names the file.
   *
   * @throws IllegalStateException when the export writes several files
   */
  public ExportPlan withFileName(String name) {
    if (!isSingleFile()) {
      throw new IllegalStateException("an export of " + files.size() + " files has no one name");
    }
    return new ExportPlan(
        routing, List.of(files.get(0).withName(name)), ExportPlanner.manifestOf(name), problems);
  }
}
