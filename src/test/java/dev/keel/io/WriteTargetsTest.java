package dev.keel.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a write refuses before writing anything: its own input (by name, through a symbolic link,
 * through a hard link), a special file, a symbolic link to nothing; and a full disk, which leaves
 * nothing behind.
 */
class WriteTargetsTest {
  @TempDir Path dir;

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private List<String> namesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void write_overItsOwnInput_isRefusedWhateverTheFlags(boolean overwrite) throws IOException {
    Path input = dir.resolve("book.json");
    Files.writeString(input, "the portfolio");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(input, bytes("orders"), overwrite, InputFiles.of(List.of(input))))
        .isInstanceOfSatisfying(
            RefusedTarget.class,
            e -> {
              assertThat(e.why()).isEqualTo(RefusedTarget.Why.IS_AN_INPUT);
              assertThat(AtomicFiles.describe(e))
                  .isEqualTo(
                      "it is an input file: an output never replaces an input; name another path");
            });
    assertThat(input).hasContent("the portfolio");
    assertThat(namesIn(dir)).containsExactly("book.json");
  }

  @Test
  void write_throughASymbolicLinkToTheInput_isRefused_andTheLinkStays() throws IOException {
    Path input = dir.resolve("book.json");
    Files.writeString(input, "the portfolio");
    Path link = Files.createSymbolicLink(dir.resolve("orders.json"), Path.of("book.json"));

    assertThatThrownBy(
            () -> AtomicFiles.write(link, bytes("orders"), true, InputFiles.of(List.of(input))))
        .isInstanceOfSatisfying(
            RefusedTarget.class,
            e ->
                assertThat(e.getReason())
                    .startsWith("it is a symbolic link to " + input + ", an input file"));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(input).hasContent("the portfolio");
  }

  @Test
  void writeAll_aHardLinkToTheInputAmongTheTargets_refusesEveryFile() throws IOException {
    Path input = dir.resolve("book.json");
    Files.writeString(input, "the portfolio");
    Path hard = Files.createLink(dir.resolve("book.orders.json"), input);

    assertThatThrownBy(
            () ->
                AtomicFiles.writeAll(
                    List.of(
                        new AtomicFiles.Output(dir.resolve("new.csv"), bytes("new")),
                        new AtomicFiles.Output(hard, bytes("orders"))),
                    true,
                    InputFiles.of(List.of(input))))
        .isInstanceOfSatisfying(
            RefusedTarget.class,
            e -> assertThat(e.getReason()).startsWith("it is the same file as " + input));
    assertThat(input).hasContent("the portfolio");
    assertThat(namesIn(dir)).containsExactly("book.json", "book.orders.json"); // not new.csv
  }

  @Test
  void write_overAFifo_isRefused_andTheFifoStays() throws Exception {
    Path fifo = dir.resolve("orders.csv");
    assumeTrue(makeFifo(fifo), "mkfifo is available");

    assertThatThrownBy(() -> AtomicFiles.write(fifo, bytes("orders"), true))
        .isInstanceOfSatisfying(
            RefusedTarget.class,
            e -> {
              assertThat(e.why()).isEqualTo(RefusedTarget.Why.NOT_A_REGULAR_FILE);
              assertThat(AtomicFiles.describe(e))
                  .isEqualTo(
                      "it is a FIFO (named pipe), not a regular file: Keel replaces only regular"
                          + " files; name a new file, or a folder to write in");
            });
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(Files.exists(fifo)).isTrue();
    assertThat(namesIn(dir)).containsExactly("orders.csv"); // no temporary left
  }

  @Test
  void check_aCharacterDevice_isRefusedBeforeAnyWrite() {
    Path device = Path.of("/dev/null");
    assumeTrue(Files.exists(device) && !Files.isRegularFile(device), "a Unix /dev/null");

    // only the check: a write is never tried on a device, even in a test
    assertThatThrownBy(() -> WriteTargets.check(device, InputFiles.NONE))
        .isInstanceOfSatisfying(
            RefusedTarget.class,
            e -> assertThat(e.getReason()).startsWith("it is a character device, not a regular"));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void write_aDanglingSymbolicLink_isNamedAsSuch(boolean overwrite) throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("orders.csv"), Path.of("gone/orders.csv"));

    assertThatThrownBy(() -> AtomicFiles.write(link, bytes("orders"), overwrite))
        .isInstanceOfSatisfying(
            RefusedTarget.class,
            e ->
                assertThat(AtomicFiles.describe(e))
                    .isEqualTo(
                        "it is a symbolic link to gone/orders.csv, which does not exist: remove"
                            + " the link or name another path"));
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("gone/orders.csv"));
  }

  @Test
  void writeAll_onAFullDisk_leavesNothingBehind_andSaysTheDiskIsFull() throws IOException {
    Path orders = dir.resolve("book.orders.csv");
    Path manifest = dir.resolve("book.orders.csv.manifest.json");
    AtomicFiles.Disk fullAtTheManifest =
        new AtomicFiles.Disk() {
          @Override
          public void write(Path file, byte[] content) throws IOException {
            if (file.getFileName().toString().startsWith(".book.orders.csv.manifest.json")) {
              throw new FileSystemException(file.toString(), null, "No space left on device");
            }
            AtomicFiles.Disk.super.write(file, content);
          }

          @Override
          public void replace(Path from, Path to) throws IOException {
            AtomicFiles.DISK.replace(from, to);
          }

          @Override
          public void deleteIfExists(Path path) throws IOException {
            AtomicFiles.DISK.deleteIfExists(path);
          }
        };

    assertThatThrownBy(
            () ->
                AtomicFiles.writeAll(
                    List.of(
                        new AtomicFiles.Output(orders, bytes("every order")),
                        new AtomicFiles.Output(manifest, bytes("{}"))),
                    false,
                    InputFiles.NONE,
                    fullAtTheManifest))
        .isInstanceOfSatisfying(
            IOException.class,
            e ->
                assertThat(AtomicFiles.describe(e))
                    .isEqualTo("the disk is full: free some space or choose another disk"));
    assertThat(namesIn(dir)).isEmpty(); // no orders file without its manifest, no temporary
  }

  private static boolean makeFifo(Path path) throws InterruptedException {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
