package dev.keel.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
  void append_missingThenExisting_createsTheFileAndAddsToIt() throws IOException {
    Path file = dir.resolve("measure.txt");

    LocalFiles.append(file, "first\n");
    LocalFiles.append(file, "second ü\n");

    assertThat(file).hasContent("first\nsecond ü\n");
  }
}
