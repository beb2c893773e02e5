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
}
