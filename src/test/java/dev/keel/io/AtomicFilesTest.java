package dev.keel.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private long filesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.count();
    }
  }

  @Test
  void write_newFile_hasTheContentAndNoTemporaryLeft() throws IOException {
    Path target = dir.resolve("out.json");

    AtomicFiles.write(target, bytes("new"), false);

    assertThat(target).hasContent("new");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void write_existingWithoutOverwrite_refusesAndKeepsTheOldContent() throws IOException {
    Path target = dir.resolve("out.json");
    Files.writeString(target, "old");

    assertThatThrownBy(() -> AtomicFiles.write(target, bytes("new"), false))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(target).hasContent("old");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void write_existingWithOverwrite_replacesWhole() throws IOException {
    Path target = dir.resolve("out.json");
    Files.writeString(target, "old content that is longer");

    AtomicFiles.write(target, bytes("new"), true);

    assertThat(target).hasContent("new");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void write_keepsThePermissionsOfTheReplacedFile_andGivesNewFilesOrdinaryOnes()
      throws IOException {
    Path existing = dir.resolve("shared.json");
    Files.writeString(existing, "old");
    Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-rw----"));
    Path fresh = dir.resolve("fresh.json");

    AtomicFiles.write(existing, bytes("new"), true);
    AtomicFiles.write(fresh, bytes("new"), false);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)))
        .isEqualTo("rw-rw----");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void write_whenTheMoveFails_leavesTheTargetAndNoTemporary() throws IOException {
    Path target = dir.resolve("taken");
    Files.createDirectory(target);
    Files.writeString(target.resolve("inside.txt"), "keep");

    assertThatThrownBy(() -> AtomicFiles.write(target, bytes("new"), true))
        .isInstanceOf(IOException.class);
    assertThat(target.resolve("inside.txt")).hasContent("keep");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void write_intoMissingDirectory_failsWithoutCreatingAnything() {
    Path target = dir.resolve("missing").resolve("out.json");

    assertThatThrownBy(() -> AtomicFiles.write(target, bytes("x"), false))
        .isInstanceOf(IOException.class);
    assertThat(dir.resolve("missing")).doesNotExist();
  }

  @Test
  void writeAll_writesEveryFile_andLeavesNoTemporaryOrBackup() throws IOException {
    Path old = dir.resolve("b.csv");
    Files.writeString(old, "old");

    AtomicFiles.writeAll(
        List.of(
            new AtomicFiles.Output(dir.resolve("a.json"), bytes("a")),
            new AtomicFiles.Output(old, bytes("b")),
            new AtomicFiles.Output(dir.resolve("m.json"), bytes("m"))),
        true);

    assertThat(dir.resolve("a.json")).hasContent("a");
    assertThat(old).hasContent("b");
    assertThat(dir.resolve("m.json")).hasContent("m");
    assertThat(filesIn(dir)).isEqualTo(3);
  }

  @Test
  void writeAll_existingTargetsWithoutOverwrite_areAllNamed_andNothingIsWritten()
      throws IOException {
    Files.writeString(dir.resolve("b.csv"), "old b");
    Files.writeString(dir.resolve("m.json"), "old m");

    assertThatThrownBy(
            () ->
                AtomicFiles.writeAll(
                    List.of(
                        new AtomicFiles.Output(dir.resolve("a.json"), bytes("a")),
                        new AtomicFiles.Output(dir.resolve("b.csv"), bytes("b")),
                        new AtomicFiles.Output(dir.resolve("m.json"), bytes("m"))),
                    false))
        .isInstanceOfSatisfying(
            AtomicFiles.TargetsExist.class,
            e ->
                assertThat(e.existing())
                    .containsExactly(dir.resolve("b.csv"), dir.resolve("m.json")));
    assertThat(dir.resolve("a.json")).doesNotExist();
    assertThat(dir.resolve("b.csv")).hasContent("old b");
    assertThat(filesIn(dir)).isEqualTo(2);
  }

  @Test
  void writeAll_whenTheSecondFileCannotBeWritten_theFirstIsNotLeftBehind() throws IOException {
    Path elsewhere = dir.resolve("elsewhere");
    Files.createDirectory(elsewhere);

    assertThatThrownBy(
            () ->
                AtomicFiles.writeAll(
                    List.of(
                        new AtomicFiles.Output(elsewhere.resolve("a.json"), bytes("a")),
                        new AtomicFiles.Output(dir.resolve("missing").resolve("b"), bytes("b"))),
                    false))
        .isInstanceOf(NoSuchFileException.class);
    assertThat(filesIn(elsewhere)).isZero(); // not the file, not its temporary
  }

  @Test
  void writeAll_whenTheSecondMoveFails_theFirstIsPutBackAsItWas() throws IOException {
    Path replaced = dir.resolve("a.json");
    Files.writeString(replaced, "yesterday");
    Files.setPosixFilePermissions(replaced, PosixFilePermissions.fromString("rw-rw----"));
    Path added = dir.resolve("b.json");
    Path inTheWay = Files.createDirectory(dir.resolve("c.csv"));

    assertThatThrownBy(
            () ->
                AtomicFiles.writeAll(
                    List.of(
                        new AtomicFiles.Output(replaced, bytes("today")),
                        new AtomicFiles.Output(added, bytes("new")),
                        new AtomicFiles.Output(inTheWay, bytes("c"))),
                    true))
        .isInstanceOfSatisfying(
            IOException.class,
            e ->
                assertThat(AtomicFiles.describe(e))
                    .isEqualTo(
                        "a folder of that name is in the way: move it or choose another name"));
    assertThat(replaced).hasContent("yesterday");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(replaced)))
        .isEqualTo("rw-rw----");
    assertThat(added).doesNotExist();
    assertThat(filesIn(dir)).isEqualTo(2); // the old file and the folder: no temporary, no backup
  }

  @Test
  void writeAll_theSameTargetTwice_isABug() {
    Path target = dir.resolve("a.json");

    assertThatThrownBy(
            () ->
                AtomicFiles.writeAll(
                    List.of(
                        new AtomicFiles.Output(target, bytes("1")),
                        new AtomicFiles.Output(dir.resolve(".").resolve("a.json"), bytes("2"))),
                    true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The real disk, but the operations on paths the test names fail. */
  private static final class FailingDisk implements AtomicFiles.Disk {
    private final java.util.function.Predicate<Path> failReplaceFrom;
    private final java.util.function.Predicate<Path> failDelete;

    FailingDisk(
        java.util.function.Predicate<Path> failReplaceFrom,
        java.util.function.Predicate<Path> failDelete) {
      this.failReplaceFrom = failReplaceFrom;
      this.failDelete = failDelete;
    }

    @Override
    public void replace(Path from, Path to) throws IOException {
      if (failReplaceFrom.test(from)) {
        throw new java.nio.file.FileSystemException(from.toString(), to.toString(), "injected");
      }
      AtomicFiles.DISK.replace(from, to);
    }

    @Override
    public void deleteIfExists(Path path) throws IOException {
      if (failDelete.test(path)) {
        throw new java.nio.file.FileSystemException(path.toString(), null, "injected");
      }
      AtomicFiles.DISK.deleteIfExists(path);
    }
  }

  private static boolean named(Path path, String prefix, String suffix) {
    String name = path.getFileName().toString();
    return name.startsWith(prefix) && name.endsWith(suffix);
  }

  private List<String> namesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writeAll_whenAReplacedFileCannotBePutBack_keepsItsBackup_andNamesIt() throws IOException {
    Path first = dir.resolve("a.json");
    Files.writeString(first, "yesterday a");
    Path second = dir.resolve("b.json");
    Files.writeString(second, "yesterday b");
    Path inTheWay = Files.createDirectory(dir.resolve("c.csv"));
    // putting a.json back fails; putting b.json back works
    AtomicFiles.Disk disk = new FailingDisk(from -> named(from, ".a.json.", ".bak"), p -> false);

    assertThatThrownBy(
            () ->
                AtomicFiles.writeAll(
                    List.of(
                        new AtomicFiles.Output(first, bytes("today a")),
                        new AtomicFiles.Output(second, bytes("today b")),
                        new AtomicFiles.Output(inTheWay, bytes("c"))),
                    true,
                    InputFiles.NONE,
                    disk))
        .isInstanceOfSatisfying(
            AtomicFiles.NotUndone.class,
            e -> {
              assertThat(e.leftovers()).hasSize(1);
              AtomicFiles.NotUndone.Leftover leftover = e.leftovers().get(0);
              assertThat(leftover.target()).isEqualTo(first);
              assertThat(leftover.backup()).hasContent("yesterday a");
              assertThat(AtomicFiles.describe(e))
                  .startsWith("a folder of that name is in the way: move it or choose another name")
                  .contains(
                      first
                          + " has the new content, its old content is kept in "
                          + leftover.backup()
                          + ": move that file back to a.json");
              assertThat(e.getCause()).isInstanceOf(java.nio.file.FileSystemException.class);
              assertThat(e.getSuppressed()).hasSize(1);
            });
    assertThat(first).hasContent("today a"); // could not be put back: the backup above has the old
    assertThat(second).hasContent("yesterday b");
    assertThat(namesIn(dir)).hasSize(4).contains("a.json", "b.json", "c.csv"); // and the backup
  }

  @Test
  void writeAll_whenANewFileCannotBeRemoved_namesIt() throws IOException {
    Path added = dir.resolve("a.json");
    Path inTheWay = Files.createDirectory(dir.resolve("b.csv"));
    AtomicFiles.Disk disk = new FailingDisk(from -> false, path -> path.equals(added));

    assertThatThrownBy(
            () ->
                AtomicFiles.writeAll(
                    List.of(
                        new AtomicFiles.Output(added, bytes("new")),
                        new AtomicFiles.Output(inTheWay, bytes("b"))),
                    true,
                    InputFiles.NONE,
                    disk))
        .isInstanceOfSatisfying(
            AtomicFiles.NotUndone.class,
            e -> {
              assertThat(e.leftovers())
                  .containsExactly(new AtomicFiles.NotUndone.Leftover(added, null));
              assertThat(e.getMessage()).endsWith(added + " was left behind: remove it");
            });
    assertThat(namesIn(dir)).containsExactly("a.json", "b.csv"); // no temporary, no backup
  }

  @Test
  void writeAll_aReplacedSymbolicLink_isPutBackAsTheSameLink() throws IOException {
    Path real = dir.resolve("real.json");
    Files.writeString(real, "yesterday");
    Path link = Files.createSymbolicLink(dir.resolve("a.json"), Path.of("real.json"));
    Path inTheWay = Files.createDirectory(dir.resolve("b.csv"));

    assertThatThrownBy(
            () ->
                AtomicFiles.writeAll(
                    List.of(
                        new AtomicFiles.Output(link, bytes("today")),
                        new AtomicFiles.Output(inTheWay, bytes("b"))),
                    true))
        .isInstanceOf(IOException.class)
        .isNotInstanceOf(AtomicFiles.NotUndone.class);

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real.json"));
    assertThat(real).hasContent("yesterday");
    assertThat(namesIn(dir)).containsExactly("a.json", "b.csv", "real.json");
  }

  @Test
  void writeAll_replacingASymbolicLink_replacesTheLink_notTheFileItPointsTo() throws IOException {
    Path real = dir.resolve("real.json");
    Files.writeString(real, "yesterday");
    Path link = Files.createSymbolicLink(dir.resolve("a.json"), Path.of("real.json"));

    AtomicFiles.writeAll(
        List.of(
            new AtomicFiles.Output(link, bytes("today")),
            new AtomicFiles.Output(dir.resolve("b.json"), bytes("b"))),
        true);

    assertThat(Files.isSymbolicLink(link)).isFalse();
    assertThat(link).hasContent("today");
    assertThat(real).hasContent("yesterday");
    assertThat(namesIn(dir)).containsExactly("a.json", "b.json", "real.json");
  }

  @Test
  void writeAll_whenATemporaryCannotBeRemoved_theFirstFailureIsThrown_andTheOthersAreRemoved()
      throws IOException {
    AtomicFiles.Disk disk = new FailingDisk(from -> false, path -> named(path, ".a.json", ".tmp"));

    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () ->
                AtomicFiles.writeAll(
                    List.of(
                        new AtomicFiles.Output(dir.resolve("a.json"), bytes("a")),
                        new AtomicFiles.Output(dir.resolve("b.json"), bytes("b")),
                        new AtomicFiles.Output(dir.resolve("missing").resolve("c"), bytes("c"))),
                    false,
                    InputFiles.NONE,
                    disk));

    // b.json's temporary is gone although a.json's could not be removed
    List<String> left = namesIn(dir);
    assertThat(left).singleElement().satisfies(name -> assertThat(name).startsWith(".a.json"));
    assertThat(thrown).isInstanceOf(NoSuchFileException.class);
    assertThat(thrown.getSuppressed())
        .singleElement()
        .hasToString(
            "java.nio.file.FileSystemException: " + dir.resolve(left.get(0)) + ": injected");
  }
}
