package dev.keel.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files a command read, which none of its outputs may replace: known by the file system's key
 * of each (device and inode on Unix), read once, so that a run over a thousand portfolios checks a
 * target against all of them with one look-up.
 */
public final class InputFiles {
  /** No inputs to protect. */
  public static final InputFiles NONE = new InputFiles(Map.of(), List.of());

  private final Map<Object, Path> byKey;
  private final List<Path> withoutKey;

  private InputFiles(Map<Object, Path> byKey, List<Path> withoutKey) {
    this.byKey = byKey;
    this.withoutKey = withoutKey;
  }

  /** The given files as they are now; one that does not exist cannot be written over. */
  public static InputFiles of(Collection<Path> files) {
    Map<Object, Path> byKey = new HashMap<>();
    List<Path> withoutKey = new ArrayList<>();
    for (Path file : files) {
      try {
        Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        if (key == null) {
          withoutKey.add(file); // a file system without keys: compared path by path
        } else {
          byKey.putIfAbsent(key, file);
        }
      } catch (NoSuchFileException e) {
        // nothing there to protect
      } catch (IOException e) {
        withoutKey.add(file);
      }
    }
    return new InputFiles(Map.copyOf(byKey), List.copyOf(withoutKey));
  }

  /** The input a target is, or leads to through links, if any. */
  Optional<Path> sameAs(Path target, BasicFileAttributes resolved) throws IOException {
    Object key = resolved.fileKey();
    if (key != null && byKey.containsKey(key)) {
      return Optional.of(byKey.get(key));
    }
    for (Path input : withoutKey) {
      if (Files.exists(input) && Files.isSameFile(target, input)) {
        return Optional.of(input);
      }
    }
    return Optional.empty();
  }
}
