package dev.keel.cli;

import dev.keel.engine.guard.GuardReport;
import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.Review;
import dev.keel.io.AtomicFiles;
import dev.keel.io.InputFiles;
import dev.keel.io.export.ExportPlan;
import dev.keel.io.export.OrderExport;
import dev.keel.io.export.OrderFile;
import dev.keel.io.export.Routing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The export step of {@code keel rebalance}: which files the orders of one portfolio go to and
 * where ({@code --out}), writing them all or none, and the lines that say what was written.
 *
 * <p>Beside the portfolio file by default. {@code --out} names a folder to write in (created when
 * the export writes several files, or several portfolios are given, and removed again when nothing
 * could be written in it), or the file of a one-file export. A missing {@code --out} named like a
 * file ({@code orders.csv}) is refused for several files rather than made a folder.
 */
final class RebalanceExport {
  /** What became of one portfolio's export: the lines for stdout and for stderr. */
  record Outcome(boolean ok, String out, String err) {}

  private final Routing routing;
  private final Path out;
  private final boolean several;
  private final boolean force;
  private final InputFiles inputs;

  /**
   * @param out {@code --out}, or {@code null}
   * @param several whether several portfolios are exported, so that {@code --out} is a folder
   * @param inputs every portfolio file of the run, none of which an export may replace
   */
  RebalanceExport(Routing routing, Path out, boolean several, boolean force, List<Path> inputs) {
    this.routing = routing;
    this.out = out;
    this.several = several;
    this.force = force;
    this.inputs = InputFiles.of(inputs); // read once for every portfolio of the run
  }

  /** Where the files go and which they are. */
  private record Target(Path folder, ExportPlan plan) {}

  /**
   * Plans, then writes (unless {@code dryRun}) the orders of a portfolio file.
   *
   * @param summary the start of the summary line: the file, the counts and the proposal id
   */
  Outcome export(
      Path file,
      String sha256,
      Review review,
      OrderTerms terms,
      Instant now,
      boolean dryRun,
      String summary,
      GuardReport guard,
      boolean guardOverridden) {
    ExportPlan planned = OrderExport.plan(review, routing, stem(file));
    if (!planned.isWritable()) {
      StringBuilder err = new StringBuilder();
      for (String problem : planned.problems()) {
        err.append("keel: ").append(file).append(": ").append(problem).append('\n');
      }
      err.append("keel: ").append(file).append(": nothing was written\n");
      return new Outcome(false, "", err.toString());
    }
    if (!planned.isSingleFile() && out != null && !several) {
      String what = "this export writes " + planned.files().size() + " order files";
      if (Files.isRegularFile(out)) {
        return new Outcome(
            false,
            "",
            "keel: " + file + ": --out " + out + " is a file, but " + what + ": name a folder\n");
      }
      String refusal = OutFolder.refusal(out, what + " (one per venue or exchange account)");
      if (refusal != null) {
        return new Outcome(false, "", "keel: " + file + ": " + refusal + "; nothing was written\n");
      }
    }
    Target target = target(file, planned);
    String mismatch = extensionMismatch(target.plan());
    if (mismatch != null) {
      return new Outcome(false, "", "keel: " + file + ": " + mismatch + "\n");
    }
    if (dryRun) {
      return new Outcome(
          true, summary + " (dry run, nothing written); would write:\n" + list(target), "");
    }
    OutFolder made = null;
    try {
      made = OutFolder.make(target.folder());
      OrderExport.write(
          target.folder(),
          target.plan(),
          review,
          terms,
          new OrderExport.Source(file.toString(), sha256, inputs, guard, guardOverridden),
          now,
          force);
    } catch (AtomicFiles.TargetsExist e) {
      removeIfEmpty(made);
      boolean one = e.existing().size() == 1;
      return new Outcome(
          false,
          "",
          "keel: cannot write "
              + e.existing().stream().map(Path::toString).collect(Collectors.joining(", "))
              + (one ? ": the file exists" : ": the files exist")
              + "; use --force to replace "
              + (one ? "it" : "them")
              + " or --out for another path\n");
    } catch (IOException e) {
      removeIfEmpty(made); // a folder made for the files, and nothing in it
      String what =
          target.plan().isSingleFile()
              ? target.folder().resolve(target.plan().files().get(0).name()).toString()
              : "the " + target.plan().files().size() + " order files to " + target.folder();
      return new Outcome(
          false,
          "",
          "keel: cannot write "
              + what
              + ": "
              + AtomicFiles.describe(e)
              // a write that could not be undone says itself what is left
              + (e instanceof AtomicFiles.NotUndone ? "" : "; nothing was written")
              + "\n");
    }
    return new Outcome(true, summary + "; wrote:\n" + list(target), "");
  }

  private static void removeIfEmpty(OutFolder made) {
    if (made != null) {
      made.removeIfEmpty();
    }
  }

  /** The name a portfolio file's orders are named from: its name without {@code .json}. */
  static String stem(Path file) {
    return file.getFileName().toString().replaceFirst("\\.json$", "");
  }

  private Target target(Path file, ExportPlan plan) {
    if (out == null) {
      Path parent = file.getParent();
      return new Target(parent == null ? Path.of("") : parent, plan);
    }
    if (several || !plan.isSingleFile() || Files.isDirectory(out)) {
      return new Target(out, plan);
    }
    Path parent = out.getParent();
    return new Target(
        parent == null ? Path.of("") : parent, plan.withFileName(out.getFileName().toString()));
  }

  /**
   * Why the file {@code --out} names has the wrong extension for its format ({@code orders.csv} for
   * a CCXT list), or {@code null}: the venue chooses the format, so the user may not expect it.
   */
  private String extensionMismatch(ExportPlan plan) {
    if (out == null || !plan.isSingleFile()) {
      return null;
    }
    OrderFile only = plan.files().get(0);
    String name = only.name();
    String wanted = "." + only.format().extension();
    boolean csvOrJson = name.endsWith(".csv") || name.endsWith(".json");
    if (!csvOrJson || name.endsWith(wanted)) {
      return null;
    }
    return "--out "
        + out
        + " names a "
        + name.substring(name.lastIndexOf('.'))
        + " file, but the orders are "
        + (only.format().extension().equals("json") ? "a CCXT list" : "a CSV file")
        + " ("
        + only.format().label()
        + (routing.forcedFormat().isPresent() ? "" : ", as the account's venue decides")
        + "): name it "
        + wanted
        + ", or choose the format with --format";
  }

  /** One line per file: its path, format, venue, accounts and orders; the manifest last. */
  private static String list(Target target) {
    List<String[]> rows = new ArrayList<>();
    for (OrderFile file : target.plan().files()) {
      rows.add(
          new String[] {
            target.folder().resolve(file.name()).toString(),
            file.format().label(),
            file.venue() == null ? "several venues" : file.venue().id(),
            file.accounts().isEmpty() ? "no account" : String.join(",", file.accounts()),
            file.orders() + (file.orders() == 1 ? " order" : " orders")
          });
    }
    String manifest = target.folder().resolve(target.plan().manifest()).toString();
    int[] widths = {manifest.length(), 0, 0, 0};
    for (String[] row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (String[] row : rows) {
      text.append("  ");
      for (int i = 0; i < widths.length; i++) {
        text.append(row[i]).append(" ".repeat(widths[i] - row[i].length() + 2));
      }
      text.append(row[4]).append('\n');
    }
    text.append("  ")
        .append(manifest)
        .append(" ".repeat(widths[0] - manifest.length() + 2))
        .append("manifest\n");
    return text.toString();
  }
}
