package dev.keel.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keel.cli.KeelCli;
import dev.keel.io.Digests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules every hostile case must keep, checked after the command ran: exit code 0, 1 or 2; no
 * stack trace or library internals on standard error; each problem located; every input as it was;
 * no partial output (a temporary left, orders without their manifest, a file no manifest lists,
 * anything written by a command that failed).
 */
final class Verdict {
  private static final List<String> INTERNALS =
      List.of(
          "Exception",
          "\tat ",
          "com.fasterxml",
          "jackson",
          "java.",
          "picocli.",
          "StreamReadConstraints",
          "internal error",
          "OutOfMemory");
  private static final Pattern LOCATED = Pattern.compile(".*:\\d+:\\d+: .+");

  private final Map<Path, String> inputs;
  private final Path folder;
  private final Set<Path> before;

  private Verdict(Map<Path, String> inputs, Path folder, Set<Path> before) {
    this.inputs = inputs;
    this.folder = folder;
    this.before = before;
  }

  /** Takes note of the inputs' digests and of what is in the case's folder before the run. */
  static Verdict of(List<Path> inputs, Path folder) throws IOException {
    Map<Path, String> digests = new LinkedHashMap<>();
    for (Path input : inputs) {
      digests.put(input, Digests.sha256(Files.readAllBytes(input)));
    }
    return new Verdict(digests, folder, new HashSet<>(everything(folder)));
  }

  /** The rules the run broke, in words; empty when it kept them all. */
  List<String> check(HostileInputFuzzTest.Run run, String file) throws IOException {
    List<String> broken = new ArrayList<>();
    if (run.code() < KeelCli.OK || run.code() > KeelCli.USAGE) {
      broken.add("exit code " + run.code());
    }
    for (String internal : INTERNALS) {
      if (run.err().contains(internal)) {
        broken.add("standard error shows \"" + internal.strip() + "\": " + first(run.err()));
        break;
      }
    }
    for (String line : run.err().split("\n")) {
      if (!line.isBlank() && !locates(line, file)) {
        broken.add("a message that says neither file nor option: " + shorten(line));
        break;
      }
    }
    if (run.code() == KeelCli.FAILED
        && run.err().contains(file + ":")
        && run.err().contains("problem")
        && run.err().lines().noneMatch(line -> LOCATED.matcher(line).matches())) {
      broken.add("problems without a line and column: " + first(run.err()));
    }
    for (Map.Entry<Path, String> input : inputs.entrySet()) {
      if (!Files.exists(input.getKey())
          || !Digests.sha256(Files.readAllBytes(input.getKey())).equals(input.getValue())) {
        broken.add("the input " + input.getKey().getFileName() + " was changed");
      }
    }
    broken.addAll(output(run.code()));
    return broken;
  }

  /** Whether a line of standard error says which file, option or path it is about. */
  private static boolean locates(String line, String file) {
    return line.startsWith(file + ":")
        || line.startsWith("keel: " + file)
        || line.startsWith("keel: cannot write")
        || line.startsWith("keel: --")
        || line.matches("keel: .*(--[a-z-]+|option).*")
        || line.startsWith("Try 'keel")
        || line.startsWith("Did you mean")
        || line.startsWith("  ");
  }

  private List<String> output(int code) throws IOException {
    List<String> broken = new ArrayList<>();
    List<Path> added = new ArrayList<>();
    for (Path path : everything(folder)) {
      if (!before.contains(path) && Files.isRegularFile(path)) {
        added.add(path);
      }
    }
    for (Path path : added) {
      if (path.getFileName().toString().startsWith(".")) {
        broken.add("left behind " + folder.relativize(path));
      }
    }
    List<Path> manifests =
        added.stream().filter(p -> p.getFileName().toString().endsWith(".manifest.json")).toList();
    boolean importedBook =
        added.size() == 1 && added.get(0).getFileName().toString().equals("book.json");
    if (code != KeelCli.OK && !added.isEmpty() && !importedBook) {
      broken.add("a failed command wrote " + names(added));
    }
    if (code != KeelCli.OK && importedBook) {
      broken.add("a failed command wrote book.json");
    }
    Set<String> listed = new HashSet<>();
    for (Path manifest : manifests) {
      JsonNode root = new ObjectMapper().readTree(manifest.toFile());
      listed.add(manifest.getFileName().toString());
      root.path("files").forEach(f -> listed.add(f.path("name").asText()));
    }
    for (Path path : added) {
      String name = path.getFileName().toString();
      if (!manifests.isEmpty() && !listed.contains(name)) {
        broken.add(name + " is written but no manifest lists it");
      }
      if (manifests.isEmpty() && !name.equals("book.json")) {
        broken.add(name + " is written without a manifest");
      }
    }
    return broken;
  }

  private static List<Path> everything(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.toList();
    }
  }

  private String names(List<Path> paths) {
    return String.join(", ", paths.stream().map(p -> folder.relativize(p).toString()).toList());
  }

  static String first(String text) {
    return shorten(text.lines().findFirst().orElse(""));
  }

  static String shorten(String text) {
    return text.length() > 160 ? text.substring(0, 160) + "…" : text;
  }
}
