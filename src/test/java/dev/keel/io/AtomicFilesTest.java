package dev.keel.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
}
