package dev.keel.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads UTF-8 text files strictly, with or without a byte-order mark. */
public final class TextFiles {
  private TextFiles() {}

  /**
   * The text of a file, or {@code null} with a problem recorded when it cannot be read or is not
   * UTF-8.
   */
  public static String read(Path path, String file, List<FileProblem> problems) {
    byte[] bytes = readBytes(path, file, problems);
    return bytes == null ? null : decode(bytes, file, problems);
  }

  /** The bytes of a file, or {@code null} with a problem recorded when it cannot be read. */
  public static byte[] readBytes(Path path, String file, List<FileProblem> problems) {
    try {
      if (Files.isDirectory(path)) {
        problems.add(new FileProblem(file, 0, 0, "is a directory: name a file"));
        return null;
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      problems.add(new FileProblem(file, 0, 0, "no such file: check the path"));
      return null;
    } catch (AccessDeniedException e) {
      problems.add(new FileProblem(file, 0, 0, "permission denied: check the file's permissions"));
      return null;
    } catch (IOException e) {
      problems.add(new FileProblem(file, 0, 0, "cannot read the file: " + e.getMessage()));
      return null;
    }
  }

  /**
   * Bytes decoded as strict UTF-8 without a byte-order mark, or {@code null} with a problem
   * recorded when they are not UTF-8.
   */
  public static String decode(byte[] bytes, String file, List<FileProblem> problems) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      problems.add(
          new FileProblem(file, 1, 1, "the file is not UTF-8 text: save it as UTF-8 and retry"));
      return null;
    }
  }
}
