package dev.keel.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.keel.io.LocalFiles.FolderState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFilesTest {
  @TempDir Path dir;

  @Test
  void isFileIsFolderExists_fileFolderAndNothing_tellThemApart() throws IOException {
    Path file = Files.writeString(dir.resolve("book.json"), "{}");
    Path missing = dir.resolve("gone.json");

    assertThat(LocalFiles.isFile(file)).isTrue();
    assertThat(LocalFiles.isFile(dir)).isFalse();
    assertThat(LocalFiles.isFile(missing)).isFalse();
    assertThat(LocalFiles.isFolder(dir)).isTrue();
    assertThat(LocalFiles.isFolder(file)).isFalse();
    assertThat(LocalFiles.exists(file)).isTrue();
    assertThat(LocalFiles.exists(dir)).isTrue();
    assertThat(LocalFiles.exists(missing)).isFalse();
  }

  @Test
  void folderState_folderFileAndNothing_tellThemApart() throws IOException {
    Path file = Files.writeString(dir.resolve("book.json"), "{}");

    assertThat(LocalFiles.folderState(dir)).isEqualTo(FolderState.WRITABLE);
    assertThat(LocalFiles.folderState(file)).isEqualTo(FolderState.FILE);
    assertThat(LocalFiles.folderState(dir.resolve("gone"))).isEqualTo(FolderState.MISSING);
    assertThat(LocalFiles.folderState(file.resolve("inside"))).isEqualTo(FolderState.MISSING);
  }

  @Test
  void folderState_aDevice_isNotAFolder() {
    Path device = Path.of("/dev/null");
    assumeTrue(Files.exists(device) && !Files.isRegularFile(device), "a system with /dev/null");

    assertThat(LocalFiles.folderState(device)).isEqualTo(FolderState.NOT_A_FOLDER);
  }

  @Test
  void folderState_aFolderWithoutWritePermission_isNotWritable() throws IOException {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    assumeTrue(Files.getFileStore(locked).supportsFileAttributeView("posix"), "POSIX permissions");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // the superuser may write anywhere, whatever the permissions say
      assumeFalse(Files.isWritable(locked), "a user that permissions apply to");

      assertThat(LocalFiles.folderState(locked)).isEqualTo(FolderState.NOT_WRITABLE);
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void append_missingThenExisting_createsTheFileAndAddsToIt() throws IOException {
    Path file = dir.resolve("measure.txt");

    LocalFiles.append(file, "first\n");
    LocalFiles.append(file, "second ü\n");

    assertThat(file).hasContent("first\nsecond ü\n");
  }
}
