package dev.keel.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ways a careless script or a hostile sender spoils a text file: cut, repeated or flipped bytes,
 * numbers and strings swapped for hostile ones, control and bidirectional characters, deep nesting,
 * another file altogether. Each takes a seeded random source, so a case is replayed from its seed.
 */
final class Mutations {
  /** One mutation: its name, for the report, and what it does to the bytes. */
  record Mutation(String name, Mutator apply) {}

  /** What a mutation does. */
  interface Mutator {
    byte[] apply(byte[] original, Random random);
  }

  private static final Pattern NUMBER =
      Pattern.compile("\"-?[0-9]+(\\.[0-9]+)?\"|(?<=[:,\\[ ])-?[0-9]+(\\.[0-9]+)?");
  private static final Pattern STRING = Pattern.compile("\"[A-Za-z][^\"\\\\]{0,40}\"");

  /** Numbers no book has, written as a file or an option might carry them. */
  static final List<String> HOSTILE_NUMBERS =
      List.of(
          "1e999999",
          "1e30",
          "-1e-999999",
          "NaN",
          "-Infinity",
          "+5",
          " 5 ",
          "5 000",
          "0x10",
          "1,5",
          "\u0661\u0662",
          "\uFF11\uFF12",
          "5e",
          ".",
          "-",
          "",
          "1" + "0".repeat(10_000),
          "0." + "0".repeat(5_000) + "1",
          "9".repeat(40),
          "-0");

  /** Characters that disguise or break text. */
  static final List<String> HOSTILE_CHARACTERS =
      List.of(
          "\u0000",
          "\u0007",
          "\r",
          "\t",
          "\u001B[31m",
          "\u007F",
          "\u0085",
          "\u202E",
          "\u2066",
          "\u200B",
          "\uFEFF",
          "\u2028",
          "=HYPERLINK(\"x\")",
          "+cmd",
          "@SUM(1)");

  private Mutations() {}

  /** Every mutation of a text file. */
  static List<Mutation> all(List<byte[]> otherFiles) {
    List<Mutation> all = new ArrayList<>();
    all.add(new Mutation("truncate", (b, r) -> slice(b, 0, r.nextInt(b.length + 1))));
    all.add(new Mutation("delete range", Mutations::deleteRange));
    all.add(new Mutation("repeat range", Mutations::repeatRange));
    all.add(new Mutation("flip bytes", Mutations::flipBytes));
    all.add(new Mutation("hostile number", Mutations::hostileNumber));
    all.add(new Mutation("hostile character", Mutations::hostileCharacter));
    all.add(new Mutation("huge string", Mutations::hugeString));
    all.add(new Mutation("deep nesting", Mutations::deepNesting));
    all.add(new Mutation("invalid UTF-8", (b, r) -> insert(b, r, new byte[] {(byte) 0xC3, 0x28})));
    all.add(new Mutation("empty", (b, r) -> new byte[0]));
    all.add(
        new Mutation(
            "byte order mark only", (b, r) -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
    all.add(new Mutation("random bytes", Mutations::randomBytes));
    all.add(new Mutation("swap lines", Mutations::swapLines));
    all.add(
        new Mutation("another Keel file", (b, r) -> otherFiles.get(r.nextInt(otherFiles.size()))));
    return all;
  }

  private static byte[] slice(byte[] bytes, int from, int to) {
    byte[] out = new byte[to - from];
    System.arraycopy(bytes, from, out, 0, out.length);
    return out;
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] out = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, out, at, part.length);
      at += part.length;
    }
    return out;
  }

  private static byte[] insert(byte[] bytes, Random random, byte[] what) {
    int at = random.nextInt(bytes.length + 1);
    return concat(slice(bytes, 0, at), what, slice(bytes, at, bytes.length));
  }

  private static byte[] deleteRange(byte[] bytes, Random random) {
    if (bytes.length == 0) {
      return bytes;
    }
    int from = random.nextInt(bytes.length);
    int to = Math.min(bytes.length, from + 1 + random.nextInt(200));
    return concat(slice(bytes, 0, from), slice(bytes, to, bytes.length));
  }

  private static byte[] repeatRange(byte[] bytes, Random random) {
    if (bytes.length == 0) {
      return bytes;
    }
    int from = random.nextInt(bytes.length);
    int to = Math.min(bytes.length, from + 1 + random.nextInt(400));
    return concat(slice(bytes, 0, to), slice(bytes, from, bytes.length));
  }

  private static byte[] flipBytes(byte[] bytes, Random random) {
    byte[] out = bytes.clone();
    for (int i = 0, n = 1 + random.nextInt(5); i < n && out.length > 0; i++) {
      out[random.nextInt(out.length)] = (byte) random.nextInt(256);
    }
    return out;
  }

  private static byte[] randomBytes(byte[] bytes, Random random) {
    byte[] out = new byte[random.nextInt(2_000)];
    random.nextBytes(out);
    return out;
  }

  private static byte[] hostileNumber(byte[] bytes, Random random) {
    String value = HOSTILE_NUMBERS.get(random.nextInt(HOSTILE_NUMBERS.size()));
    boolean quoted = random.nextBoolean();
    return replaceOne(bytes, random, NUMBER, quoted ? "\"" + value + "\"" : value);
  }

  private static byte[] hostileCharacter(byte[] bytes, Random random) {
    String what = HOSTILE_CHARACTERS.get(random.nextInt(HOSTILE_CHARACTERS.size()));
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<int[]> strings = find(STRING, text);
    if (strings.isEmpty()) {
      return bytes;
    }
    int[] string = strings.get(random.nextInt(strings.size()));
    int at = string[0] + 1 + random.nextInt(string[1] - string[0] - 1);
    String escaped = random.nextBoolean() ? what : jsonEscape(what);
    return (text.substring(0, at) + escaped + text.substring(at)).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] hugeString(byte[] bytes, Random random) {
    int length = random.nextBoolean() ? 100_000 : 1 + random.nextInt(300);
    return replaceOne(bytes, random, STRING, "\"" + "W".repeat(length) + "\"");
  }

  private static byte[] deepNesting(byte[] bytes, Random random) {
    int depth = random.nextBoolean() ? 100_000 : 2_000;
    String open = random.nextBoolean() ? "[" : "{\"a\":";
    byte[] nesting = open.repeat(depth).getBytes(StandardCharsets.US_ASCII);
    return random.nextBoolean() ? nesting : insert(bytes, random, nesting);
  }

  private static byte[] swapLines(byte[] bytes, Random random) {
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
    if (lines.length < 2) {
      return bytes;
    }
    int a = random.nextInt(lines.length);
    int b = random.nextInt(lines.length);
    String kept = lines[a];
    lines[a] = lines[b];
    lines[b] = kept;
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] replaceOne(byte[] bytes, Random random, Pattern pattern, String with) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<int[]> found = find(pattern, text);
    if (found.isEmpty()) {
      return bytes;
    }
    int[] one = found.get(random.nextInt(found.size()));
    return (text.substring(0, one[0]) + with + text.substring(one[1]))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static List<int[]> find(Pattern pattern, String text) {
    List<int[]> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(new int[] {matcher.start(), matcher.end()});
    }
    return found;
  }

  private static String jsonEscape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c < 0x20 || c > 0x7E) {
        out.append(String.format("\\u%04x", (int) c));
      } else if (c == '"') {
        out.append("\\\"");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
