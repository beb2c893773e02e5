package dev.keel.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.Locale;

/**
 * Where the token starts that made the JSON parser stop at one of its limits. The parser's own
 * token location is that of the last token it finished: right for a list's or an object's opening
 * bracket and for a text (read when asked for), one token early for a field name (read ahead) and
 * for a number after a field name. The token after it is then found in the text.
 */
final class LimitLocation {
  private LimitLocation() {}

  /** {line, column} of the token past the limit {@code parserMessage} names. */
  static int[] of(JsonParser parser, String text, String parserMessage) {
    JsonLocation at = parser.currentTokenLocation();
    int line = Math.max(1, at.getLineNr());
    int column = Math.max(1, at.getColumnNr());
    long offset = at.getCharOffset();
    boolean nameTooLong =
        parserMessage != null && parserMessage.toLowerCase(Locale.ROOT).startsWith("name length");
    boolean readAhead = nameTooLong || parser.currentToken() == JsonToken.FIELD_NAME;
    if (!readAhead || parser.currentToken() == null || offset < 0 || offset >= text.length()) {
      return new int[] {line, column};
    }
    int start = (int) offset;
    int i = endOfToken(text, start);
    column += i - start; // a token holds no line break
    while (i < text.length() && isBetweenTokens(text.charAt(i))) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i++;
    }
    return new int[] {line, column};
  }

  /** The index just past the token that starts at {@code start}. */
  private static int endOfToken(String text, int start) {
    char first = text.charAt(start);
    if (first == '{' || first == '[' || first == '}' || first == ']') {
      return start + 1;
    }
    if (first == '"') {
      int i = start + 1;
      while (i < text.length() && text.charAt(i) != '"') {
        i += text.charAt(i) == '\\' ? 2 : 1;
      }
      return Math.min(text.length(), i + 1);
    }
    int i = start;
    while (i < text.length()
        && !isBetweenTokens(text.charAt(i))
        && "{}[]\"".indexOf(text.charAt(i)) < 0) {
      i++;
    }
    return i;
  }

  private static boolean isBetweenTokens(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':';
  }
}
