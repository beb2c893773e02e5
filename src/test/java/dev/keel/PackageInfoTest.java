package dev.keel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every package of the main sources says what lives in it and why: a {@code package-info.java}
 * whose javadoc has two or three sentences and whose declaration names the package of its folder.
 * Read from the sources, so the check does not depend on whether a compiler emits {@code
 * package-info.class} for a package without annotations.
 */
class PackageInfoTest {
  private static final Path MAIN_SOURCES = Path.of("src", "main", "java");

  private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);
  private static final Pattern DECLARATION =
      Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern INLINE_TAG = Pattern.compile("\\{@\\w+\\s+([^}]*)}");

  /** A sentence ends with a full stop, question or exclamation mark before a space or the end. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");

  @Test
  void mainSources_everyPackageSaysWhatLivesThere() throws IOException {
    assertThat(problems(MAIN_SOURCES)).isEmpty();
  }

  @Test
  void problems_probePackages_reportEachKindOfGap(@TempDir Path sources) throws IOException {
    write(sources, "dev/keel/documented/Thing.java", "package dev.keel.documented;");
    write(
        sources,
        "dev/keel/documented/package-info.java",
        "/**\n * Things, e.g. one {@link dev.keel.documented.Thing}. Kept apart to be found.\n */\n"
            + "package dev.keel.documented;\n");
    write(sources, "dev/keel/bare/Thing.java", "package dev.keel.bare;");
    write(sources, "dev/keel/terse/Thing.java", "package dev.keel.terse;");
    write(sources, "dev/keel/terse/package-info.java", "/** Things. */\npackage dev.keel.terse;\n");
    write(sources, "dev/keel/wordy/Thing.java", "package dev.keel.wordy;");
    write(
        sources,
        "dev/keel/wordy/package-info.java",
        "/** One. Two. Three. Four. */\npackage dev.keel.wordy;\n");
    write(sources, "dev/keel/silent/Thing.java", "package dev.keel.silent;");
    write(sources, "dev/keel/silent/package-info.java", "// Things.\npackage dev.keel.silent;\n");
    write(sources, "dev/keel/moved/Thing.java", "package dev.keel.moved;");
    write(
        sources,
        "dev/keel/moved/package-info.java",
        "/** Things. Kept apart. */\npackage dev.keel.elsewhere;\n");
    write(sources, "dev/keel/notes/README.md", "no Java here, so no package");

    assertThat(problems(sources))
        .containsExactlyInAnyOrder(
            "dev.keel.bare: no package-info.java",
            "dev.keel.terse: the javadoc of package-info.java has 1 sentence(s); write two or"
                + " three",
            "dev.keel.wordy: the javadoc of package-info.java has 4 sentence(s); write two or"
                + " three",
            "dev.keel.silent: package-info.java has no javadoc",
            "dev.keel.moved: package-info.java declares package dev.keel.elsewhere");
  }

  /** What is missing or wrong in the package-info files of a source tree, one line per package. */
  static List<String> problems(Path sources) throws IOException {
    List<Path> packages;
    try (Stream<Path> folders = Files.walk(sources)) {
      packages = folders.filter(PackageInfoTest::holdsJava).sorted().toList();
    }
    List<String> problems = new ArrayList<>();
    for (Path folder : packages) {
      String name =
          sources.relativize(folder).toString().replace(folder.getFileSystem().getSeparator(), ".");
      Path info = folder.resolve("package-info.java");
      if (!Files.isRegularFile(info)) {
        problems.add(name + ": no package-info.java");
        continue;
      }
      String text = Files.readString(info, StandardCharsets.UTF_8);
      Matcher declaration = DECLARATION.matcher(text);
      String declared = declaration.find() ? declaration.group(1) : null;
      Matcher javadoc = JAVADOC.matcher(text);
      if (!name.equals(declared)) {
        problems.add(
            name
                + ": package-info.java declares "
                + (declared == null ? "no package" : "package " + declared));
      } else if (!javadoc.find() || javadoc.start() > declaration.start()) {
        problems.add(name + ": package-info.java has no javadoc");
      } else {
        int sentences = sentences(javadoc.group(1));
        if (sentences < 2 || sentences > 3) {
          problems.add(
              name
                  + ": the javadoc of package-info.java has "
                  + sentences
                  + " sentence(s); write two or three");
        }
      }
    }
    return problems;
  }

  private static boolean holdsJava(Path folder) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(file -> file.getFileName().toString().endsWith(".java"));
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + folder, e);
    }
  }

  /**
   * The sentences of a javadoc comment: inline tags read as their text, "e.g." and "i.e." as words.
   */
  private static int sentences(String javadoc) {
    String text =
        javadoc
            .lines()
            .map(line -> line.strip().replaceFirst("^\\*\\s?", ""))
            .collect(Collectors.joining(" "));
    text = INLINE_TAG.matcher(text).replaceAll("$1");
    text = text.replace("e.g.", "eg").replace("i.e.", "ie");
    Matcher end = SENTENCE_END.matcher(text.strip());
    int count = 0;
    while (end.find()) {
      count++;
    }
    return count;
  }

  private static void write(Path root, String file, String content) throws IOException {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, content, StandardCharsets.UTF_8);
  }
}
