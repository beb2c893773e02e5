package dev.keel.model.check;

import java.util.Locale;
import java.util.Map;

/**
 * The rule for characters Keel refuses in every text of a portfolio (ids, symbols, names,
 * descriptions) and of a holdings import: characters that are not seen, or that change how the text
 * around them is shown, so that one text can pass for another ({@code "BTC"} with a zero-width
 * space, or a right-to-left override that shows {@code ETH-sell} as something else). They are the
 * code points of the general categories Cc (controls, C0 U+0000 to U+001F, DEL U+007F and C1 U+0080
 * to U+009F), Cf (format characters: the bidirectional controls U+061C, U+200E, U+200F, U+202A to
 * U+202E and U+2066 to U+2069, zero-width characters U+200B to U+200D, U+2060, the byte-order mark
 * U+FEFF, the soft hyphen U+00AD, the tag characters U+E0000 to U+E007F, ...), Zl and Zp (U+2028
 * line and U+2029 paragraph separator), and Cs (half of a surrogate pair, which only a JSON escape
 * such as {@code \uD800} can make), as the JDK's Unicode tables classify them. Letters, digits,
 * marks, symbols and spaces of any script are accepted.
 */
public final class UnsafeCharacters {
  private static final Map<Integer, String> NAMES =
      Map.ofEntries(
          Map.entry(0x0000, "null"),
          Map.entry(0x0009, "tab"),
          Map.entry(0x000A, "line feed"),
          Map.entry(0x000D, "carriage return"),
          Map.entry(0x001B, "escape"),
          Map.entry(0x007F, "delete"),
          Map.entry(0x0085, "next line"),
          Map.entry(0x00AD, "soft hyphen"),
          Map.entry(0x061C, "Arabic letter mark"),
          Map.entry(0x200B, "zero-width space"),
          Map.entry(0x200C, "zero-width non-joiner"),
          Map.entry(0x200D, "zero-width joiner"),
          Map.entry(0x200E, "left-to-right mark"),
          Map.entry(0x200F, "right-to-left mark"),
          Map.entry(0x2028, "line separator"),
          Map.entry(0x2029, "paragraph separator"),
          Map.entry(0x202A, "left-to-right embedding"),
          Map.entry(0x202B, "right-to-left embedding"),
          Map.entry(0x202C, "pop directional formatting"),
          Map.entry(0x202D, "left-to-right override"),
          Map.entry(0x202E, "right-to-left override"),
          Map.entry(0x2060, "word joiner"),
          Map.entry(0x2066, "left-to-right isolate"),
          Map.entry(0x2067, "right-to-left isolate"),
          Map.entry(0x2068, "first strong isolate"),
          Map.entry(0x2069, "pop directional isolate"),
          Map.entry(0xFEFF, "byte-order mark"));

  private UnsafeCharacters() {}

  /** Whether Keel refuses this code point in its texts. */
  public static boolean isUnsafe(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SURROGATE;
  }

  /** The first refused code point of the text, or -1 when it has none. */
  public static int first(String text) {
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (isUnsafe(codePoint)) {
        return codePoint;
      }
      i += Character.charCount(codePoint);
    }
    return -1;
  }

  /** Whether the text holds no refused code point. */
  public static boolean isSafe(String text) {
    return first(text) < 0;
  }

  /** A code point as a message names it: {@code U+202E (right-to-left override)}. */
  public static String describe(int codePoint) {
    return code(codePoint) + " (" + name(codePoint) + ")";
  }

  private static String code(int codePoint) {
    return String.format(Locale.ROOT, "U+%04X", codePoint);
  }

  private static String name(int codePoint) {
    String known = NAMES.get(codePoint);
    if (known != null) {
      return known;
    }
    return switch (Character.getType(codePoint)) {
      case Character.CONTROL -> "a control character";
      case Character.SURROGATE -> "half of a surrogate pair, not a character";
      default -> "an invisible formatting character";
    };
  }

  /**
   * The text as a message may show it: each refused code point written as {@code <U+202E>}, so that
   * printing the message cannot itself hide or reorder anything.
   */
  public static String shown(String text) {
    if (isSafe(text)) {
      return text;
    }
    StringBuilder shown = new StringBuilder();
    text.codePoints()
        .forEach(
            codePoint -> {
              if (isUnsafe(codePoint)) {
                shown.append('<').append(code(codePoint)).append('>');
              } else {
                shown.appendCodePoint(codePoint);
              }
            });
    return shown.toString();
  }

  /**
   * What a message says of a text that holds a refused code point, after naming the text: {@code
   * holds U+202E (right-to-left override), ...: delete it ...}; {@code null} when the text is safe.
   */
  public static String refusal(String text) {
    int codePoint = first(text);
    if (codePoint < 0) {
      return null;
    }
    return "holds "
        + describe(codePoint)
        + ", which Keel refuses as it can make one text look like another: delete it (retype"
        + " the text if it was pasted)";
  }
}
