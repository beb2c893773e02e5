package dev.keel.io.export;

import java.util.List;
import java.util.Objects;

/**
 * What an export of a review will write: the orders files, each with its orders, and the name of
 * the manifest; or why it cannot be written (a stock order for a crypto exchange, a contract the
 * IBKR basket cannot name). Made by {@link OrderExport#plan}; nothing is written until {@link
 * OrderExport#write}.
 *
 * @param routing how the format of each order was chosen
 * @param files the orders files, in the order of the accounts they cover
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
