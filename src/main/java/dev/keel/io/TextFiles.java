package dev.keel.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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
  public static String read(Path path, String file, SizeLimit limit, List<FileProblem> problems) {
    byte[] bytes = readBytes(path, file, limit, problems);
    return bytes == null ? null : decode(bytes, file, problems);
  }

  /**
   * The bytes of a file, or {@code null} with a problem recorded when it cannot be read or is
   * larger than {@code limit} (checked before reading).
   */
  public static byte[] readBytes(
      Path path, String file, SizeLimit limit, List<FileProblem> problems) {
    try {
      if (Files.isDirectory(path)) {
        problems.add(new FileProblem(file, 0, 0, "is a directory: name a file"));
        return null;
      }
      long size = Files.size(path);
      if (size > limit.maxBytes()) {
        problems.add(limit.refusal(file, size));
        return null;
      }
      try (InputStream in = Files.newInputStream(path)) {
        // bounded, in case the file grows, or is a device that has no size
        byte[] bytes = in.readNBytes((int) limit.maxBytes() + 1);
        if (bytes.length > limit.maxBytes()) {
          problems.add(limit.refusal(file, bytes.length));
          return null;
        }
        return bytes;
      }
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
      checkUtf8(bytes);
      String text = new String(bytes, StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      problems.add(
          new FileProblem(file, 1, 1, "the file is not UTF-8 text: save it as UTF-8 and retry"));
      return null;
    }
  }

  /**
   * Throws when the bytes are not strict UTF-8; decodes through a small buffer, so that a large
   * file is not held twice as characters.
   */
  private static void checkUtf8(byte[] bytes) throws CharacterCodingException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        result.throwException();
      }
      if (result.isUnderflow()) {
        break;
      }
      out.clear();
    }
    out.clear();
    CoderResult flushed = decoder.flush(out);
    if (flushed.isError()) {
      flushed.throwException();
    }
  }
}
